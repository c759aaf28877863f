import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedDatabase } from './embedded-database';

/**
 * A throw-away database for tools and tests: a new database on `DATABASE_URL`'s server, or on a
 * temporary embedded PostgreSQL when it is unset. Dropped afterwards.
 */
export async function withScratchDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) return withDatabaseOn(serverUrl, fn);
  const dir = await mkdtemp(join(tmpdir(), 'baton-pg-'));
  await rm(dir, { recursive: true, force: true });
  const port = 55000 + Math.floor(Math.random() * 5000);
  const embedded = await startEmbeddedDatabase({ dataDir: dir, port, persistent: false });
  try {
    return await withDatabaseOn(embedded.url, fn);
  } finally {
    await embedded.stop();
  }
}

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

async function withDatabaseOn<T>(serverUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `baton_scratch_${process.pid}_${Date.now()}`;
  const url = await createDatabase(serverUrl, name);
  try {
    return await fn(url);
  } finally {
    await dropDatabase(serverUrl, name);
  }
}
