import 'reflect-metadata';
import { createApp } from './bootstrap/create-app';
import { loadConfig } from './config/app-config';
import { type EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { runMigrations } from './database/prepare-database';
import { type DemoSignIns, seedDemoProgram } from './seed/demo-seed';

/** Start-up lines go to stdout as they are; Nest's own logger is kept to warnings and errors. */
const logger = {
  log: (m: string) => console.log(`[baton] ${m}`),
  warn: (m: string) => console.warn(`[baton] ${m}`),
  error: (e: unknown) => console.error('[baton]', e),
};

async function main() {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(`starting embedded PostgreSQL on port ${config.embeddedPort} (data: ${config.embeddedDataDir})`);
    embedded = await startEmbeddedDatabase({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      log: logger.warn,
    });
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => {
    if (!embedded) return;
    const db = embedded;
    embedded = undefined;
    await db.stop();
    logger.log('embedded PostgreSQL stopped');
  };

  try {
    const applied = await runMigrations(databaseUrl);
    if (applied.length) logger.log(`migrations applied: ${applied.join(', ')}`);
    const seeded = config.seedDemo ? await seedDemoProgram(databaseUrl) : null;
    if (seeded) printDemoSignIns(seeded);

    const app = await createApp({ ...config, databaseUrl });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal}: shutting down`);
      await app.close();
      await stopDatabase();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    await app.listen(config.port);
    logger.log(`Baton is up: http://localhost:${config.port} (GraphQL at /graphql)`);
  } catch (e) {
    logger.error(e);
    await stopDatabase();
    process.exit(1);
  }
}

function printDemoSignIns(seeded: DemoSignIns) {
  const lines = seeded.users.map((u) => `  ${u.email.padEnd(28)} ${u.role.padEnd(15)} ${u.firm ?? ''}`);
  const title = seeded.created ? 'Demo program seeded.' : 'Demo sign-ins:';
  console.log(`\n${title} Password of every demo user: ${seeded.password}\n${lines.join('\n')}\n`);
}

void main();
