import { Client } from 'pg';
import type { AppConfig } from '../../config/app-config';
import { embeddedDatabaseUrl, startEmbeddedDatabase } from '../../database/embedded-database';
import { createDatabase, dropDatabase } from '../../database/scratch-database';

/** The database the scale seed fills without DATABASE_URL: beside `baton` on the embedded server. */
export const SCALE_DATABASE = 'baton_scale';

export interface ScaleTarget {
  /** The database to fill. */
  url: string;
  name: string;
  /** Another database of the same server, to drop and create the target from. */
  serverUrl: string;
  /** Stops the embedded server if this run started it. */
  release(): Promise<void>;
}

/**
 * DATABASE_URL's database when set; otherwise `baton_scale` on the embedded PostgreSQL that
 * `npm start` uses (its data folder and port), started here unless it already runs.
 */
export async function scaleTarget(config: AppConfig, log: (line: string) => void): Promise<ScaleTarget> {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    const name = decodeURIComponent(url.pathname.slice(1));
    if (!name) throw new Error('DATABASE_URL names no database');
    const server = new URL(config.databaseUrl);
    server.pathname = '/postgres';
    return { url: url.toString(), name, serverUrl: server.toString(), release: async () => undefined };
  }
  const serverUrl = embeddedDatabaseUrl(config.embeddedPort);
  let release = async () => undefined as void;
  if (!(await reachable(serverUrl))) {
    log(`starting the embedded PostgreSQL on port ${config.embeddedPort} (data: ${config.embeddedDataDir})`);
    const embedded = await startEmbeddedDatabase({ dataDir: config.embeddedDataDir, port: config.embeddedPort, log });
    release = () => embedded.stop();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${SCALE_DATABASE}`;
  return { url: url.toString(), name: SCALE_DATABASE, serverUrl, release };
}

/** Drops the target database if it exists and creates it empty. */
export async function recreateDatabase(target: ScaleTarget): Promise<void> {
  await dropDatabase(target.serverUrl, target.name);
  await createDatabase(target.serverUrl, target.name);
}

/** The URL without its password, to print. */
export function shownUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
