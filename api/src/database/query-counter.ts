import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts the SQL statements the app sends; tests use it to hold list requests to a fixed cost. */
export class QueryCounter {
  count = 0;

  logger(): TypeOrmLogger {
    return {
      logQuery: () => {
        this.count++;
      },
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
  }
}
