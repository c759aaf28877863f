import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import type { Pools } from './inputs';

/** Every table of the spec's database (the schema the migrations built). */
export async function tablesOf(db: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

/** Per table: row count and an order-free sum of row hashes. Equal snapshots = nothing committed. */
export type Snapshot = Map<string, string>;

/**
 * What a row's hash is taken over: the whole row, but for the audit log, whose chain hash already
 * covers each entry's content (and which fuzzed mutations fill with their largest strings).
 */
const ROW: Record<string, string> = { audit_log_entry: `x.id::text || x.hash` };

/** Takes snapshots; `release` returns its connection. */
export interface Snapshotter {
  take(): Promise<Snapshot>;
  release(): void;
}

/**
 * One statement over every table, prepared once on a connection of its own (planning the union
 * of every table cost more than running it): about a millisecond here. The sum of
 * `hashtextextended` over rows needs no sort, so the cost grows linearly with the data.
 */
export async function snapshotter(db: DataSource, tables: readonly string[]): Promise<Snapshotter> {
  const text = tables
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*) || ':' || coalesce(sum(hashtextextended(${ROW[t] ?? 'x::text'}, 0)::numeric), 0) AS h FROM "${t}" x`,
    )
    .join(' UNION ALL ');
  const [client, release] = (await (db.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, () => void];
  return {
    async take() {
      const { rows } = await client.query<{ t: string; h: string }>({ name: 'fuzz-snapshot', text });
      return new Map(rows.map((r) => [r.t, r.h]));
    },
    release,
  };
}

export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}

export const rowCount = (s: Snapshot, table: string) => Number(s.get(table)?.split(':')[0] ?? 0);

/**
 * Existing rows for the generated ids: up to 40 per table in insertion order (so a seed picks the
 * same rows run after run), minus `protectedIds` (the actors themselves, see the spec).
 */
export async function loadPools(
  db: DataSource,
  tables: readonly string[],
  protectedIds: ReadonlySet<string>,
  protectedEmails: ReadonlySet<string>,
  tokens: readonly string[],
): Promise<Pools> {
  const withId: { t: string }[] = await db.query(
    `SELECT table_name AS t FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid' ORDER BY table_name`,
  );
  const byTable = new Map<string, string[]>();
  for (const { t } of withId) {
    if (!tables.includes(t)) continue;
    const rows: { id: string }[] = await db.query(`SELECT id::text AS id FROM "${t}" ORDER BY ctid LIMIT 40`);
    byTable.set(
      t,
      rows.map((r) => r.id).filter((id) => !protectedIds.has(id)),
    );
  }
  const emails: { e: string }[] = await db.query(
    `SELECT e FROM (SELECT email AS e FROM "user" UNION SELECT email FROM consultant UNION SELECT email FROM invitation) x ORDER BY e LIMIT 60`,
  );
  const surveys: { token: string }[] = await db.query(`SELECT token FROM survey ORDER BY ctid LIMIT 20`);
  const externalIds: { e: string }[] = await db.query(
    `SELECT external_id AS e FROM customer_account WHERE external_id IS NOT NULL ORDER BY ctid LIMIT 20`,
  );
  return {
    byTable,
    all: [...byTable.values()].flatMap((ids) => ids.slice(0, 8)),
    emails: emails.map((r) => r.e).filter((e) => !protectedEmails.has(e)),
    tokens: [...tokens, ...surveys.map((s) => s.token)],
    externalIds: externalIds.map((r) => r.e),
  };
}
