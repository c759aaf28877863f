import { randomBytes } from 'node:crypto';
import { deepStrictEqual } from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../seed/demo-program';
import { VENDOR_ADMIN_EMAIL } from '../scripts/seed-scale/firms.step';
import { ApiServer, BUILT_MAIN, freePort } from '../scripts/workload/api-server';
import { WorkloadClient } from '../scripts/workload/workload-client';
import type { BenchResult, BenchSuite } from './bench-suite';
import { type LoadResult, type LoadTarget, loadHttp } from './load';
import { formatCount, median } from './measure';
import { scaleData } from './scale-data';

const ROUNDS = 3;
const CONNECTIONS = 10;
const WARMUP_SECONDS = 3;
/** Per timed run; BENCH_SECONDS=20 for the issue's longer runs (the suite then takes ~13 minutes). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
/** Linux counts a process's CPU time in ticks of 1/100 s (USER_HZ) in /proc/<pid>/stat. */
const TICK_MS = 10;
const ROLLUPS_READY_MS = 300_000;
const RAW_MAIN = resolve(__dirname, 'raw-server.js');
/** The tail of Baton's (on) output searched for access lines afterwards. */
const OUTPUT_SAMPLE = 4000;

/** Baton with its access log and metrics on, Baton with both off, and the hand-written baseline. */
const MODES = ['on', 'off', 'raw'] as const;
type Mode = (typeof MODES)[number];

interface Read {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** The raw server's route for the same read. */
  rawPath: string;
  /** Sent without the session cookie. */
  anonymous?: boolean;
  /** A reference row, not judged against the goal (no SQL; or raw in one joined statement, no session). */
  reference?: boolean;
}

const CAPACITY = `capacitySummary(months: 1) { totalOffered totalConsumed totalFree }`;

/** The vendor dashboard's document as the portal sends it (web/src/modules/kpi/graphql/kpi.ts), plus `figuresAsOf`. */
const DASHBOARD = `query KpiDashboard($fromMonth: String!, $toMonth: String!) {
  kpiDashboard(fromMonth: $fromMonth, toMonth: $toMonth) {
    fromMonth toMonth partnerId figuresAsOf activationWindowDays activationThreshold
    totals { activationRate activationPending phaseOnTimeRate capacityUtilization csat nps surveyAnswers escalationsPerProject atRisk overdue }
    activationByCohort { month started activated notActivated pending rate }
    phaseOnTimeByPartner { partnerId partnerName due onTime rate }
    phaseOnTimeByMonth { month due onTime rate }
    capacityByPartnerMonth { partnerId partnerName month offered consumed utilization }
    surveysByMonth { month answers csat nps }
    escalationsByPartner { partnerId partnerName projects escalations perProject }
    riskByPartner { partnerId partnerName running atRisk overdue }
  }
}`;

/** The portal's default period: the last six months up to this one. */
function defaultPeriod(today = new Date()): { fromMonth: string; toMonth: string } {
  const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 5, 1));
  return { fromMonth: from.toISOString().slice(0, 7), toMonth: today.toISOString().slice(0, 7) };
}

function readsOf(partnerId: string): Read[] {
  const period = defaultPeriod();
  const partner = {
    name: 'partner(id): tier, capacity this month',
    query: `query Partner($id: ID!) { partner(id: $id) { id name tier ${CAPACITY} } }`,
    variables: { id: partnerId },
    rawPath: `/partner?id=${partnerId}`,
  };
  const partners = {
    name: 'partners(take: 50): tier, capacity, consultantCount',
    query: `query Partners { partners(take: 50) { totalItems items { id name tier ${CAPACITY} consultantCount } } }`,
    variables: {},
    rawPath: '/partners?take=50',
  };
  return [
    partner,
    partners,
    {
      name: `kpiDashboard, program view ${period.fromMonth}…${period.toMonth}`,
      query: DASHBOARD,
      variables: period,
      rawPath: `/kpi-dashboard?fromMonth=${period.fromMonth}&toMonth=${period.toMonth}`,
    },
    {
      name: 'reference: { __typename }, anonymous, no SQL',
      query: `query Floor { __typename }`,
      variables: {},
      rawPath: '/floor',
      anonymous: true,
      reference: true,
    },
    ...[partner, partners].map((read) => ({
      ...read,
      name: `reference: ${read.name}, raw in one joined statement without a session`,
      rawPath: `${read.rawPath}&joined=1`,
      reference: true,
    })),
  ];
}

/** CPU time (user + system) the process has used so far, in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

interface Run extends LoadResult {
  /** The server process's CPU per answered request (PostgreSQL's work is not in it). */
  cpuMsPerRequest: number;
}

async function timedRun(server: ApiServer, target: LoadTarget): Promise<Run> {
  const before = cpuMs(server.pid!);
  const result = await loadHttp(target, { connections: CONNECTIONS, seconds: SECONDS });
  const requests = result.requestsPerSecond * SECONDS;
  return { ...result, cpuMsPerRequest: requests ? (cpuMs(server.pid!) - before) / requests : NaN };
}

function batonServer(databaseUrl: string, port: number, metricsToken: string | null): ApiServer {
  return new ApiServer({
    mainJs: BUILT_MAIN,
    databaseUrl,
    port,
    env: {
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      BATON_QUIET: 'true',
      BATON_REQUEST_LOG: metricsToken ? 'true' : 'false',
      BATON_METRICS_TOKEN: metricsToken ?? '',
      // Rebuilt once at start; a rebuild during a timed run would load the database for all three.
      BATON_KPI_ROLLUP_SECONDS: '86400',
    },
  });
}

/** What a server answers for a read: `{ data }` (an error or a non-200 throws). */
async function answerOf(mode: Mode, server: ApiServer, client: WorkloadClient | null, read: Read, cookie: string) {
  if (client && read.anonymous) client = new WorkloadClient(server.url);
  if (client) {
    const res = await client.request(read.query, read.variables);
    if (res.status !== 200 || res.errors) throw new Error(`${read.name} (Baton ${mode}): ${JSON.stringify(res)}`);
    return { data: res.data, bytes: JSON.stringify(res).length };
  }
  const res = await fetch(`${server.url}${read.rawPath}`, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${read.name} (raw): HTTP ${res.status} ${text.slice(0, 300)}`);
  return { data: JSON.parse(text).data as unknown, bytes: text.length };
}

/** Waits until the program dashboard is served from the roll-ups (the servers rebuild them at start). */
async function rollupsServing(client: WorkloadClient, read: Read): Promise<void> {
  const deadline = Date.now() + ROLLUPS_READY_MS;
  for (;;) {
    const res = await client.request<{ kpiDashboard: { figuresAsOf: string | null } }>(read.query, read.variables);
    if (res.data?.kpiDashboard.figuresAsOf) return;
    if (Date.now() > deadline) throw new Error(`the KPI roll-ups were not rebuilt within ${ROLLUPS_READY_MS} ms`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

interface Medians {
  rps: number;
  p95: number;
  cpu: number;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const figures = (r: Medians) => `${r.rps.toFixed(0)} req/s, p95 ${ms(r.p95)}, CPU ${r.cpu.toFixed(2)} ms/req`;
const ratios = (a: Medians, b: Medians) => `${(a.rps / b.rps).toFixed(2)}× req/s, ${(a.p95 / b.p95).toFixed(2)}× p95`;
/** The issue's goal: at least 0.35× the raw requests/s with p95 at most 3× the raw p95. */
const goal = (baton: Medians, raw: Medians) =>
  baton.rps / raw.rps >= 0.35 && baton.p95 / raw.p95 <= 3 ? 'meets' : 'MISSES';

/** Sum of a metric's samples whose labels contain `labels` (Prometheus text format). */
function metricSum(text: string, metric: string, labels: string): number {
  return text
    .split('\n')
    .filter((l) => l.startsWith(`${metric}{`) && l.includes(labels))
    .reduce((total, l) => total + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

/**
 * Issue #8: the same three reads served by Baton (access log + metrics on, and both off) and by a
 * hand-written node:http + pg server, on the scale program, after checking all three answer the
 * same data.
 */
export const graphqlOverheadSuite: BenchSuite = {
  title: 'GraphQL overhead: Baton against raw node:http + pg',
  async run(log) {
    const data = await scaleData(log);
    const database = { url: data.full, ...(await programSize(data.full)) };
    log(`scale program: ${formatCount(database.firms)} firms, ${formatCount(database.customers)} customers`);
    const token = randomBytes(24).toString('hex');
    const servers: Record<Mode, ApiServer> = {
      on: batonServer(database.url, await freePort(), token),
      off: batonServer(database.url, await freePort(), null),
      raw: new ApiServer({ mainJs: RAW_MAIN, databaseUrl: database.url, port: await freePort() }),
    };
    try {
      await Promise.all(MODES.map((m) => servers[m].start()));
      const clients: Record<Mode, WorkloadClient | null> = { on: null, off: null, raw: null };
      for (const mode of ['on', 'off'] as const) {
        const client = new WorkloadClient(servers[mode].url);
        await client.signIn(VENDOR_ADMIN_EMAIL, DEMO_PASSWORD);
        clients[mode] = client;
      }
      const firm = await clients.on!.request<{ partners: { items: { id: string }[] } }>(
        `{ partners(take: 1, skip: 7) { items { id } } }`,
      );
      const reads = readsOf(firm.data!.partners.items[0].id);
      log('waiting for the KPI roll-ups of today');
      await rollupsServing(
        clients.on!,
        reads.find((r) => r.query === DASHBOARD)!,
      );

      const bytes: number[] = [];
      for (const read of reads) {
        const [on, off, raw] = await Promise.all(
          MODES.map((m) => answerOf(m, servers[m], clients[m], read, clients.off!.cookie!)),
        );
        deepStrictEqual(on.data, raw.data, `${read.name}: Baton and raw answer different data`);
        deepStrictEqual(off.data, raw.data, `${read.name}: Baton (off) and raw answer different data`);
        bytes.push(on.bytes);
        log(`${read.name}: the three answer the same data (${formatCount(on.bytes)} bytes of JSON)`);
      }

      const targets = (read: Read): Record<Mode, LoadTarget> => {
        const graphql = (mode: 'on' | 'off'): LoadTarget => ({
          url: `${servers[mode].url}/graphql`,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(read.anonymous ? {} : { cookie: clients[mode]!.cookie! }),
          },
          body: JSON.stringify({ query: read.query, variables: read.variables }),
        });
        // The raw server looks up the same session as Baton (off) does.
        const raw = { url: `${servers.raw.url}${read.rawPath}`, headers: { cookie: clients.off!.cookie! } };
        return { on: graphql('on'), off: graphql('off'), raw };
      };
      const rows: string[][] = [];
      for (const [i, read] of reads.entries()) {
        const target = targets(read);
        for (const mode of MODES) await loadHttp(target[mode], { connections: CONNECTIONS, seconds: WARMUP_SECONDS });
        const runs: Record<Mode, Run[]> = { on: [], off: [], raw: [] };
        for (let round = 0; round < ROUNDS; round++) {
          // Each round starts with another server, so none is always measured first or last.
          for (const mode of [...MODES.slice(round % 3), ...MODES.slice(0, round % 3)]) {
            const run = await timedRun(servers[mode], target[mode]);
            if (run.errors) throw new Error(`${read.name} (${mode}): ${run.errors} failed requests`);
            runs[mode].push(run);
            log(
              `${read.name} ${mode}: ${run.requestsPerSecond.toFixed(0)} req/s, p95 ${ms(run.p95Ms)}, CPU ${run.cpuMsPerRequest.toFixed(2)} ms/req`,
            );
          }
        }
        const [on, off, raw] = MODES.map((m) => ({
          rps: median(runs[m].map((r) => r.requestsPerSecond)),
          p95: median(runs[m].map((r) => r.p95Ms)),
          cpu: median(runs[m].map((r) => r.cpuMsPerRequest)),
        }));
        rows.push([
          `${read.name} (${formatCount(bytes[i])} B)`,
          figures(raw),
          figures(off),
          figures(on),
          `${ratios(off, raw)}${read.reference ? '' : `: ${goal(off, raw)}`}`,
          `${ratios(on, raw)}${read.reference ? '' : `: ${goal(on, raw)}`}`,
          `${ratios(on, off)}, ${(on.cpu / off.cpu).toFixed(2)}× CPU/req`,
        ]);
      }

      const scraped = await (
        await fetch(`${servers.on.url}/metrics`, { headers: { authorization: `Bearer ${token}` } })
      ).text();
      const observed = ['Partner', 'Partners', 'KpiDashboard', 'Floor'].map((name) =>
        metricSum(scraped, 'baton_graphql_operation_duration_seconds_count', `operation="${name}"`),
      );
      const accessLines = (servers.on.outputTail(OUTPUT_SAMPLE).match(/"msg":"graphql"/g) ?? []).length;
      const offMetrics = (await fetch(`${servers.off.url}/metrics`)).status;

      return {
        columns: [
          'Read (vendor admin; JSON size)',
          'Raw node:http + pg',
          'Baton, log + metrics off',
          'Baton, log + metrics on',
          'Baton off ÷ raw (goal ≥ 0.35× req/s, ≤ 3× p95)',
          'Baton on ÷ raw',
          'on ÷ off',
        ],
        rows,
        notes: [
          `Data: the scale program of \`npm run seed:scale\` (${formatCount(database.firms)} firms, ${formatCount(database.customers)} customers); Baton signed in as the vendor admin (vendor reads: no row-level security transaction). The \`{ __typename }\` row is a reference: an operation with no resolver and no SQL, against a route answering the same constant.`,
          `Three processes on one database, each with a pool of 10: two built APIs (\`node dist/main.js\`, NODE_ENV=production) identical but for BATON_REQUEST_LOG and BATON_METRICS_TOKEN, and \`dist/bench/raw-server.js\`. autocannon on loopback, ${CONNECTIONS} connections, ${SECONDS} s per run after a ${WARMUP_SECONDS} s warm-up, ${ROUNDS} runs each in rotating order; medians of the runs' req/s, p95, and the server process's CPU time per request (/proc; PostgreSQL's work is not in it). Before timing, the three answers of each read were checked equal (same ids and figures).`,
          "SQL statements per request, the same on both sides and word for word (the ORM's column lists and parameter lists included): the session lookup (the raw server answers 401 without a session), then partner(id) 2 (firm, capacity), partners 4 (page, count, then the page's capacity and consultant counts, batched by DataLoaders in the API), dashboard 10 (roll-up state, settings, 8 roll-up reads of `kpi-rollup.sql.ts`), in the API's order; so the ratio is the cost of the layers above the SQL (HTTP stack, GraphQL, Nest, ORM). The two last rows are references: there the raw server answers without a session lookup, in one hand-joined statement — what hand-tuned SQL gives, which the API's independent field resolvers cannot do.",
          'The servers rebuild the KPI roll-ups at start (each rebuild vacuums its tables); the timed runs begin once the dashboard is served from them.',
          `On: one access line per operation on stdout (pino, asynchronous) read by the bench process through a pipe, and prom-client metrics; its metrics counted ${observed.map(formatCount).join(' / ')} Partner / Partners / KpiDashboard / Floor operations, and its output holds access lines (${accessLines} in the last ${formatCount(OUTPUT_SAMPLE)} characters). Off: no plugin, /metrics answers ${offMetrics}.`,
          '2 cores are shared by autocannon, the server under load, PostgreSQL and whatever else runs on the machine: req/s and p95 move with that load, CPU per request much less.',
        ],
      } satisfies BenchResult;
    } finally {
      await Promise.all(MODES.map((m) => servers[m].stop()));
      await data.release();
    }
  },
};

async function programSize(url: string): Promise<{ firms: number; customers: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [row] = (
      await client.query(
        `SELECT (SELECT count(*)::int FROM partner) AS firms, (SELECT count(*)::int FROM customer_account) AS customers`,
      )
    ).rows;
    return row;
  } finally {
    await client.end();
  }
}
