import type { PoolClient } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Row-level security (migration RowLevelSecurity): inside a partner user's transaction the app
 * becomes this role, whose policies show and accept only the rows of the firm set below.
 */
export const FIRM_ROLE = 'baton_app';
export const FIRM_SETTING = 'baton.partner_id';

const ENTER = `SELECT set_config('role', $1, true), set_config($2, $3, true)`;

/** `SET LOCAL ROLE baton_app; SET LOCAL baton.partner_id = …` for the open transaction. */
export async function enterFirmScope(manager: Pick<EntityManager, 'query'>, partnerId: string): Promise<void> {
  await manager.query(ENTER, [FIRM_ROLE, FIRM_SETTING, partnerId]);
}

export interface FirmScopedReader {
  manager: EntityManager;
  /** Ends the transaction (if a statement opened it) and returns the connection. */
  release(): Promise<void>;
}

/**
 * The reads of a partner user's request: one transaction in the firm's scope, opened by the
 * first statement (a request that reads nothing takes no connection) and ended with the request.
 */
export function firmScopedReader(dataSource: DataSource, partnerId: string): FirmScopedReader {
  const runner = dataSource.createQueryRunner();
  const connect = runner.connect.bind(runner) as () => Promise<PoolClient>;
  let opened: Promise<PoolClient> | undefined;
  runner.connect = () =>
    (opened ??= connect().then(async (client) => {
      await client.query('BEGIN');
      await client.query(ENTER, [FIRM_ROLE, FIRM_SETTING, partnerId]);
      return client;
    }));
  serializeQueries(runner);
  return {
    manager: runner.manager,
    async release() {
      // Reads write nothing; COMMIT keeps autocommit's meaning should one ever do.
      if (opened) await opened.then((client) => client.query('COMMIT')).catch(() => undefined);
      await runner.release();
    },
  };
}

/**
 * One connection answers one statement at a time; parallel resolvers (DataLoaders) sharing a
 * transaction queue here instead of inside `pg`, which deprecates overlapping `client.query()`.
 */
export function serializeQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as QueryRunner['query'];
  let tail: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const run = tail.then(() => query(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as QueryRunner['query'];
}
