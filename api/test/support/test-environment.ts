import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap/create-app';
import { type AppConfig, loadConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { runMigrations } from '../../src/database/prepare-database';
import { createDatabase, dropDatabase } from '../../src/database/scratch-database';
import { QueryCounter } from '../../src/database/query-counter';
import { ResolverCounter } from '../../src/graphql/resolver-counter';
import { type Actor, createFixtures, type Fixtures, PASSWORD } from './fixtures';
import { GraphQLClient } from './graphql-client';

export interface TestEnvironment {
  app: INestApplication;
  url: string;
  /** A direct connection to the spec's database, for assertions below the API. */
  db: DataSource;
  fx: Fixtures;
  resolverCalls(): number;
  /** SQL statements the app has sent so far. */
  sqlStatements(): number;
  /** A new client, signed in as the actor (anonymous: not signed in). */
  clientAs(actor: Actor, locale?: 'ja' | 'en'): Promise<GraphQLClient>;
  /** A new client, signed in as a user made by the fixtures (password `PASSWORD`). */
  clientAsUser(user: { email: string }, locale?: 'ja' | 'en'): Promise<GraphQLClient>;
  close(): Promise<void>;
}

/**
 * The real app on a real PostgreSQL, one database per spec file (so files run in parallel),
 * filled with fixtures: a vendor admin, vendor staff, an auditor, partner A (admin, member) and
 * partner B (admin).
 */
export async function createTestEnvironment(overrides: Partial<AppConfig> = {}): Promise<TestEnvironment> {
  const serverUrl = process.env.BATON_TEST_SERVER_URL;
  if (!serverUrl) throw new Error('BATON_TEST_SERVER_URL is not set: run through the `api` jest project');
  const name = `baton_t_${randomBytes(6).toString('hex')}`;
  const databaseUrl = await createDatabase(serverUrl, name);
  await runMigrations(databaseUrl);
  const db = new DataSource(dataSourceOptions(databaseUrl));
  await db.initialize();
  const fx = await createFixtures(db);

  const app = await createApp({
    ...loadConfig({}),
    port: 0,
    databaseUrl,
    webDistDir: '/nonexistent',
    countResolvers: true,
    countQueries: true,
    kpiRollupSeconds: 0,
    ...overrides,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  const counter = app.get(ResolverCounter);
  const queries = app.get(QueryCounter);

  return {
    app,
    url,
    db,
    fx,
    resolverCalls: () => counter.count,
    sqlStatements: () => queries.count,
    async clientAs(actor, locale = 'en') {
      const client = new GraphQLClient(url, locale);
      if (actor === 'anonymous') return client;
      const res = await client.signIn(fx.users[actor].email, PASSWORD);
      if (!client.cookie) throw new Error(`sign-in of ${actor} failed: ${res.raw}`);
      return client;
    },
    async clientAsUser(user, locale = 'en') {
      const client = new GraphQLClient(url, locale);
      const res = await client.signIn(user.email, PASSWORD);
      if (!client.cookie) throw new Error(`sign-in of ${user.email} failed: ${res.raw}`);
      return client;
    },
    async close() {
      await app.close();
      await db.destroy();
      await dropDatabase(serverUrl, name);
    },
  };
}
