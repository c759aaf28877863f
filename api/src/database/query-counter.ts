import type { Logger as TypeOrmLogger } from 'typeorm';

/** Counts the SQL statements the app sends; tests use it to hold list requests to a fixed cost. */
export class QueryCounter {
  count = 0;
  /** When set, every statement with its parameters is kept here too (the bench's query plans). */
  recorded: { query: string; parameters?: unknown }[] | null = null;

  logger(): TypeOrmLogger {
    return {
      logQuery: (query, parameters) => {
        this.count++;
        this.recorded?.push({ query, parameters });
      },
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
  }
}
