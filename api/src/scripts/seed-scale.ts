import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { runMigrations } from '../database/prepare-database';
import { accountsOption } from './seed-scale/scale-plan';
import { VENDOR_PEOPLE } from './seed-scale/people.step';
import { personEmailOf } from './seed-scale/scale-sql';
import { recreateDatabase, scaleTarget, shownUrl } from './seed-scale/scale-target';
import { seedScale, type SeedScaleResult } from './seed-scale/seed-scale-runner';

/**
 * `npm run seed:scale [-- --accounts N] [-- --force]`: a program at scale for benchmarks — by
 * default 1,000 firms, 5,000 consultants, 100,000 customers with their assignments and onboarding
 * projects (600,000 phases), 1,000,000 usage snapshots, 50,000 survey answers and 24 months of
 * capacity plans; `--accounts` (or SCALE_ACCOUNTS) scales every count in proportion.
 *
 * Target: DATABASE_URL's database, else `baton_scale` on the embedded PostgreSQL of `npm start`.
 * The target is DROPPED and created anew, migrated, then filled; a DATABASE_URL whose database
 * name lacks "scale" is refused unless `--force` is given.
 */
const log = (line: string) => console.log(`[seed:scale] ${line}`);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const accounts = accountsOption(argv, process.env);
  const started = performance.now();
  const target = await scaleTarget(loadConfig(), log);
  try {
    if (!target.name.includes('scale') && !argv.includes('--force'))
      throw new Error(`refusing to drop "${target.name}": name a database containing "scale", or pass --force`);
    log(`target ${shownUrl(target.url)} (dropped and created anew), ${accounts.toLocaleString('en-US')} accounts`);
    await recreateDatabase(target);
    const migrating = performance.now();
    const applied = await runMigrations(target.url);
    log(`${'(migrations)'.padEnd(30)} ${`${applied.length} applied`.padStart(19)} ${seconds(migrating).padStart(6)} s`);
    const result = await seedScale(target.url, { accounts, log });
    printSummary(result, await databaseSize(target.url), seconds(started));
  } finally {
    await target.release();
  }
}

function printSummary(result: SeedScaleResult, size: string, total: string) {
  const rows = result.tables.map(
    (t) =>
      `  ${t.table.padEnd(30)} ${(result.counts[t.table] ?? t.rows).toLocaleString('en-US').padStart(11)} ${t.seconds.toFixed(1).padStart(7)} s`,
  );
  const firstFirm = personEmailOf(1, 1);
  console.log(
    [
      '',
      `Scale program seeded: ${result.plan.accounts.toLocaleString('en-US')} accounts, ` +
        `${result.plan.firms.toLocaleString('en-US')} firms, in ${result.seconds.toFixed(1)} s (${total} s with the migrations); database ${size}.`,
      '',
      `  ${'table'.padEnd(30)} ${'rows'.padStart(11)} ${'time'.padStart(9)}`,
      ...rows,
      '',
      `Password of every user: ${result.password}`,
      ...VENDOR_PEOPLE.map((p) => `  ${p.email.padEnd(32)} ${p.role}`),
      `  ${firstFirm.padEnd(32)} PARTNER_ADMIN  (admin@firm00002.example … one per firm; consultantN@firmNNNNN.example: PARTNER_MEMBER)`,
      '',
    ].join('\n'),
  );
}

async function databaseSize(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size`);
    return rows[0].size as string;
  } finally {
    await client.end();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

void main().then(
  () => process.exit(0),
  (e) => {
    console.error('[seed:scale]', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
