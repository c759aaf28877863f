import { Client } from 'pg';
import { hashPassword } from '../../identity/password-hasher';
import { DEMO_PASSWORD } from '../../seed/demo-program';
import { seedCapacity } from './capacity.step';
import { seedEscalations } from './escalations.step';
import { seedEvents } from './events.step';
import { seedFirms, suspendSomeFirms } from './firms.step';
import { seedPeople } from './people.step';
import { seedPhases } from './phases.step';
import { seedPlacements } from './placements.step';
import { prepareContext } from './scale-context';
import { type ScalePlan, scalePlan } from './scale-plan';
import { ScaleWriter, type TableFill } from './scale-writer';
import { seedSurveys } from './surveys.step';
import { seedTraining } from './training.step';
import { seedUsage } from './usage.step';

export interface SeedScaleOptions {
  accounts: number;
  /** "Now" of the program (default: the real now): 24 months of plans around it. */
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedScaleResult {
  plan: ScalePlan;
  /** Rows and seconds per table, in the order written. */
  tables: TableFill[];
  /** Rows in each table once done (counted). */
  counts: Record<string, number>;
  seconds: number;
  /** The password of every seeded user. */
  password: string;
}

/**
 * Fills a migrated, empty database with the scale program in one transaction, set-based
 * (INSERT … SELECT over generate_series), then ANALYZE. Connect as the tables' owner or a
 * superuser: row-level security then does not apply (as for the app's jobs), never as baton_app.
 *
 * No audit entries are written: the audit log records what people did through the app, and
 * these rows are generated, not done (like fixtures; the demo seed's single entry is not needed).
 */
export async function seedScale(url: string, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const plan = scalePlan(options.accounts);
  const log = options.log ?? (() => undefined);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await checkTarget(client);
    const started = performance.now();
    const w = new ScaleWriter(client, log);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await client.query('BEGIN');
    await prepareContext(w, plan, options.now ?? new Date());
    await seedFirms(w);
    await seedPeople(w, passwordHash);
    await seedTraining(w);
    await seedCapacity(w);
    await seedPlacements(w);
    await suspendSomeFirms(w);
    await seedPhases(w);
    await seedSurveys(w, plan.surveyAnswers);
    await seedUsage(w, plan.usageSnapshots);
    await seedEscalations(w);
    await seedEvents(w);
    await w.prepare('commit', 'COMMIT');
    await w.prepare('analyze', 'ANALYZE');
    const tables = w.summary();
    const counts: Record<string, number> = {};
    for (const t of tables)
      counts[t.table] = Number((await client.query(`SELECT count(*) AS n FROM "${t.table}"`)).rows[0].n);
    return { plan, tables, counts, seconds: (performance.now() - started) / 1000, password: DEMO_PASSWORD };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}

/** Migrated, empty, and a role that row-level security does not restrict. */
async function checkTarget(client: Client): Promise<void> {
  const [row] = (
    await client.query(
      `SELECT to_regclass('public.partner') IS NOT NULL AS migrated,
              (SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user)
                OR (SELECT tableowner = current_user FROM pg_tables WHERE schemaname = 'public' AND tablename = 'partner') AS unrestricted`,
    )
  ).rows;
  if (!row.migrated) throw new Error('the database is not migrated');
  if (!row.unrestricted)
    throw new Error('connect as the tables’ owner or a superuser: row-level security would hide rows from this role');
  const { rows } = await client.query(
    `SELECT (SELECT count(*) FROM partner) + (SELECT count(*) FROM customer_account) AS n`,
  );
  if (Number(rows[0].n) > 0) throw new Error('the database is not empty: the scale seed fills an empty one');
}
