import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';

/**
 * One PostgreSQL server for the whole run: `DATABASE_URL`'s when set, else an embedded one.
 * Each spec file then creates its own database on it (see test-environment.ts).
 */
export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.BATON_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'baton-test-pg-'));
  await rm(dir, { recursive: true, force: true });
  const port = Number(process.env.BATON_TEST_PG_PORT ?? 54331);
  const db = await startEmbeddedDatabase({ dataDir: dir, port, persistent: false });
  (globalThis as { __batonTestDb?: typeof db }).__batonTestDb = db;
  process.env.BATON_TEST_SERVER_URL = db.url;
}
