import { Client } from 'pg';
import { loadConfig } from '../config/app-config';
import { runMigrations } from '../database/prepare-database';
import { createDatabase, dropDatabase } from '../database/scratch-database';
import { type ScaleTarget, scaleTarget } from '../scripts/seed-scale/scale-target';
import { seedScale } from '../scripts/seed-scale/seed-scale-runner';

/** The program `npm run seed:scale` makes (100,000 accounts) and a tenth of it beside it. */
export interface ScaleData {
  full: string;
  tenth: string;
  release(): Promise<void>;
}

const TENTH_ACCOUNTS = 10_000;

async function accounts(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const [row] = (await client.query(`SELECT count(*)::int AS n FROM customer_account`)).rows;
    return row.n as number;
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The scale databases the benchmarks read: `npm run seed:scale`'s target (DATABASE_URL's database,
 * else `baton_scale` on the embedded server), migrated to this code, and `<name>_10k` on the same
 * server, seeded here with 10,000 accounts the first time.
 */
export async function scaleData(log: (line: string) => void): Promise<ScaleData> {
  const target: ScaleTarget = await scaleTarget(loadConfig(), log);
  const full = target.url;
  if ((await accounts(full)) === 0) {
    await target.release();
    throw new Error(`no scale program in ${target.name}: run \`npm run seed:scale\` first`);
  }
  await runMigrations(full);
  const tenthUrl = new URL(full);
  tenthUrl.pathname = `/${target.name}_10k`;
  const tenth = tenthUrl.toString();
  if ((await accounts(tenth)) !== TENTH_ACCOUNTS) {
    log(`seeding ${target.name}_10k (${TENTH_ACCOUNTS.toLocaleString('en-US')} accounts) once`);
    await dropDatabase(target.serverUrl, `${target.name}_10k`);
    await createDatabase(target.serverUrl, `${target.name}_10k`);
    await runMigrations(tenth);
    await seedScale(tenth, { accounts: TENTH_ACCOUNTS, log: () => undefined });
  } else {
    await runMigrations(tenth);
  }
  return { full, tenth, release: () => target.release() };
}
