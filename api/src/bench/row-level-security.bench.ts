import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrations } from '../database/prepare-database';
import { withScratchDatabase } from '../database/scratch-database';
import { hashPassword } from '../identity/password-hasher';
import { ApiServer, BUILT_MAIN, freePort } from '../scripts/workload/api-server';
import { WorkloadClient } from '../scripts/workload/workload-client';
import type { BenchResult, BenchSuite } from './bench-suite';
import { type LoadResult, loadGraphql } from './load';
import { formatCount, median } from './measure';

const FIRMS = 300;
const CUSTOMERS_PER_FIRM = 100;
const USERS_PER_FIRM = 10;
const CONSULTANTS_PER_FIRM = 50;
const ROUNDS = 3;
const SECONDS = 6;
const CONNECTIONS = 10;
const PASSWORD = 'bench-password-long';

const QUERIES = [
  [
    'customers(take: 50)',
    `{ customers(take: 50) { totalItems items { id companyName contractDate partner { id name } } } }`,
  ],
  ['consultants(take: 50)', `{ consultants(take: 50) { totalItems items { id email displayName active } } }`],
] as const;

/** Firms with their customers and users, made in a few INSERT … SELECT statements. */
async function fill(url: string): Promise<string> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const hash = await hashPassword(PASSWORD);
    await ds.query(
      `INSERT INTO partner (name, kind, status)
      SELECT 'Bench firm ' || g, 'SYSTEM_INTEGRATOR', 'ACTIVE' FROM generate_series(1, $1) g`,
      [FIRMS],
    );
    await ds.query(
      `INSERT INTO customer_account (company_name, industry, employee_band, prefecture, products, contract_date, segment, partner_id)
       SELECT 'Customer ' || p.name || ' ' || g, 'RETAIL', '1-20', 'JP-13', '{PAYROLL}', date '2026-01-01' + g, 'SMB', p.id
       FROM partner p, generate_series(1, $1) g`,
      [CUSTOMERS_PER_FIRM],
    );
    await ds.query(
      `INSERT INTO "user" (email, display_name, role, partner_id, password_hash, locale)
       SELECT 'u' || g || '-' || p.id || '@bench.test', 'User ' || g, CASE g WHEN 1 THEN 'PARTNER_ADMIN' ELSE 'PARTNER_MEMBER' END::role, p.id, $2, 'en'
       FROM partner p, generate_series(1, $1) g`,
      [USERS_PER_FIRM, hash],
    );
    await ds.query(
      `INSERT INTO consultant (partner_id, email, display_name)
       SELECT p.id, 'c' || g || '-' || p.id || '@bench.test', 'Consultant ' || g FROM partner p, generate_series(1, $1) g`,
      [CONSULTANTS_PER_FIRM],
    );
    const [first] = await ds.query(`SELECT email FROM "user" WHERE role = 'PARTNER_ADMIN' ORDER BY email LIMIT 1`);
    return first.email;
  } finally {
    await ds.destroy();
  }
}

async function started(url: string, rowLevelSecurity: boolean): Promise<ApiServer> {
  const server = new ApiServer({
    mainJs: BUILT_MAIN,
    databaseUrl: url,
    port: await freePort(),
    env: { BATON_ROW_LEVEL_SECURITY: rowLevelSecurity ? 'on' : 'off', BATON_QUIET: 'true' },
  });
  await server.start();
  return server;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Partner users' list queries with row-level security on and off, servers side by side, rounds alternating. */
export const rowLevelSecuritySuite: BenchSuite = {
  title: 'Row-level security: cost on a partner user’s list queries',
  run: (log) =>
    withScratchDatabase(async (url) => {
      await runMigrations(url);
      log(
        `filling ${FIRMS} firms × ${CUSTOMERS_PER_FIRM} customers, ${USERS_PER_FIRM} users, ${CONSULTANTS_PER_FIRM} consultants`,
      );
      const email = await fill(url);
      const servers = { on: await started(url, true), off: await started(url, false) };
      try {
        const cookies: Record<string, string> = {};
        for (const [mode, server] of Object.entries(servers)) {
          const client = new WorkloadClient(server.url);
          await client.signIn(email, PASSWORD);
          cookies[mode] = client.cookie!;
          for (const [name, query] of QUERIES) {
            const answer = await client.request(query);
            if (answer.errors) throw new Error(`${name} (${mode}): ${JSON.stringify(answer.errors)}`);
          }
        }
        const rows: string[][] = [];
        for (const [name, query] of QUERIES) {
          const body = JSON.stringify({ query });
          const runs: Record<'on' | 'off', LoadResult[]> = { on: [], off: [] };
          for (const mode of ['on', 'off'] as const) {
            await loadGraphql(
              servers[mode].url,
              body,
              { cookie: cookies[mode] },
              { connections: CONNECTIONS, seconds: 2 },
            );
          }
          for (let round = 0; round < ROUNDS; round++) {
            for (const mode of round % 2 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
              const result = await loadGraphql(
                servers[mode].url,
                body,
                { cookie: cookies[mode] },
                {
                  connections: CONNECTIONS,
                  seconds: SECONDS,
                },
              );
              if (result.errors) throw new Error(`${name} (${mode}): ${result.errors} failed requests`);
              runs[mode].push(result);
              log(`${name} RLS ${mode}: ${result.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(result.p95Ms)}`);
            }
          }
          const p95 = { on: median(runs.on.map((r) => r.p95Ms)), off: median(runs.off.map((r) => r.p95Ms)) };
          const rps = {
            on: median(runs.on.map((r) => r.requestsPerSecond)),
            off: median(runs.off.map((r) => r.requestsPerSecond)),
          };
          rows.push([
            name,
            `${rps.on.toFixed(0)} req/s, p95 ${ms(p95.on)}`,
            `${rps.off.toFixed(0)} req/s, p95 ${ms(p95.off)}`,
            `${(p95.on / p95.off).toFixed(2)}× p95, ${(rps.on / rps.off).toFixed(2)}× req/s`,
          ]);
        }
        return {
          columns: ['Query (partner admin)', 'RLS on', 'RLS off', 'on ÷ off'],
          rows,
          notes: [
            `Data: ${formatCount(FIRMS)} firms, ${formatCount(FIRMS * CUSTOMERS_PER_FIRM)} customers, ${formatCount(FIRMS * USERS_PER_FIRM)} users, ${formatCount(FIRMS * CONSULTANTS_PER_FIRM)} consultants; one partner admin signed in on each server.`,
            `Two API processes on one database, identical but for BATON_ROW_LEVEL_SECURITY; autocannon, ${CONNECTIONS} connections, ${SECONDS} s per run after a 2 s warm-up, ${ROUNDS} runs each alternating which goes first; medians of the runs' p95 and req/s.`,
            'RLS on: each partner request opens one transaction, sets the role and firm (SET LOCAL), and every firm table adds its policy; off: the app filter alone (`scopedQuery`).',
          ],
        } satisfies BenchResult;
      } finally {
        await Promise.all([servers.on.stop(), servers.off.stop()]);
      }
    }),
};
