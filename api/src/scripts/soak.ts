import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { runMigrations } from '../database/prepare-database';
import { withScratchDatabase } from '../database/scratch-database';
import { seedDemoProgram } from '../seed/demo-seed';
import { ApiServer, BUILT_MAIN, freePort, readRssKb } from './workload/api-server';
import { closedLoop, OpenLoop, percentile, type Window } from './workload/load-runner';
import { MIX, MixedWorkload } from './workload/mixed-workload';
import { seededRandom } from '../bench/seeded-random';
import { type RampStep, type SoakSample, type SoakSettings, summarize, toMarkdown } from './workload/soak-report';
import { WorkloadClient } from './workload/workload-client';
import { createWorkloadActors, prepareWorkload, type WorkloadData } from './workload/workload-data';

/**
 * `npm run soak -w @baton/api` (not in CI): finds the peak throughput of the mixed workload with a
 * short closed-loop ramp, then runs it open loop at half that rate for SOAK_MINUTES (30), sampling
 * every 10 s the server's RSS, latency p50/p95, errors and its PostgreSQL connections. Writes
 * SOAK_OUT (api/soak-result.json) and the same name in .md; exits 1 unless every check passes.
 *
 * By default it starts its own server (dist/main.js) on a scratch database of DATABASE_URL's
 * PostgreSQL (an embedded one when unset) with the demo program. Against a running server:
 * SOAK_SERVER_URL, SOAK_DATABASE_URL (its database: the workload's rows are inserted there, and
 * connections counted) and SOAK_SERVER_PID (for its RSS).
 */
const env = process.env;
const minutes = Number(env.SOAK_MINUTES ?? 30);
const warmupMinutes = Number(env.SOAK_WARMUP_MINUTES ?? Math.min(2, minutes * 0.2));
const windowMinutes = Number(env.SOAK_WINDOW_MINUTES ?? Math.min(5, (minutes - warmupMinutes) / 3));
const rampSeconds = Number(env.SOAK_RAMP_SECONDS ?? 30);
const out = resolve(env.SOAK_OUT ?? resolve(__dirname, '..', '..', 'soak-result.json'));
const SAMPLE_SECONDS = 10;
const RAMP_LEVELS = [1, 2, 4, 8, 16, 32];
const random = seededRandom(Number(env.SOAK_SEED ?? 1));

let interrupted = false;
const log = (line: string) => console.log(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Target {
  url: string;
  pid: number | null;
  databaseUrl: string;
  data: WorkloadData;
}

/** The workload's rows (a firm, its users, queued customers, open projects, an API key). */
async function prepare(databaseUrl: string): Promise<WorkloadData> {
  const ds = new DataSource(dataSourceOptions(databaseUrl));
  await ds.initialize();
  try {
    const actors = await createWorkloadActors(ds, `soak-${randomBytes(12).toString('hex')}`);
    return await prepareWorkload(ds, actors, { queuedCustomers: 600, projects: 200 });
  } finally {
    await ds.destroy();
  }
}

async function ramp(workload: MixedWorkload): Promise<RampStep[]> {
  const seconds = rampSeconds / RAMP_LEVELS.length;
  const steps: RampStep[] = [];
  for (const concurrency of RAMP_LEVELS) {
    const w = await closedLoop(workload, concurrency, seconds);
    const step = {
      concurrency,
      seconds,
      ok: w.ok,
      errors: w.errorCount,
      throughput: Math.round((w.ok / seconds) * 10) / 10,
      p50Ms: roundMs(percentile(w.latencies, 50)),
      p95Ms: roundMs(percentile(w.latencies, 95)),
    };
    steps.push(step);
    log(`ramp ×${concurrency}: ${step.throughput} req/s, p95 ${step.p95Ms} ms, ${step.errors} errors`);
  }
  return steps;
}

const roundMs = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

async function soak(target: Target): Promise<boolean> {
  const vendor = new WorkloadClient(target.url);
  const partner = new WorkloadClient(target.url);
  await vendor.signIn(target.data.actors.vendorEmail, target.data.actors.password);
  await partner.signIn(target.data.actors.partnerAdminEmail, target.data.actors.password);
  const integration = new WorkloadClient(target.url, target.data.integrationKey.secret);
  const workload = new MixedWorkload(target.data, { vendor, partner, integration }, random);

  const steps = await ramp(workload);
  const peak = Math.max(...steps.map((s) => s.throughput));
  const rate = peak / 2;
  const database = new URL(target.databaseUrl).pathname.slice(1);
  log(`peak ${peak} req/s; soaking ${minutes} min at ${rate} req/s`);

  const monitor = new Client({ connectionString: target.databaseUrl });
  await monitor.connect();
  const connections = async () => {
    const { rows } = await monitor.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`,
      [database],
    );
    return rows[0].n;
  };

  // RSS read every second and averaged per sample: one reading would mostly show where the GC
  // sawtooth happened to be.
  let rssReadings: number[] = [];
  const rssTimer = setInterval(() => {
    const kb = target.pid ? readRssKb(target.pid) : null;
    if (kb !== null) rssReadings.push(kb);
  }, 1000);
  const meanRss = () => {
    const readings = rssReadings;
    rssReadings = [];
    return readings.length ? Math.round(readings.reduce((a, b) => a + b, 0) / readings.length) : null;
  };

  const loop = new OpenLoop(workload, rate);
  const samples: { sample: SoakSample; window: Window }[] = [];
  const started = Date.now();
  loop.start();
  for (let t = SAMPLE_SECONDS; t <= minutes * 60 && !interrupted; t += SAMPLE_SECONDS) {
    await sleep(Math.max(0, started + t * 1000 - Date.now()));
    const window = loop.takeWindow();
    const sample: SoakSample = {
      t,
      rssKb: meanRss(),
      requests: window.latencies.length,
      errors: window.errorCount,
      p50Ms: roundMs(percentile(window.latencies, 50)),
      p95Ms: roundMs(percentile(window.latencies, 95)),
      connections: await connections(),
    };
    samples.push({ sample, window });
    log(
      `t=${t}s rss=${sample.rssKb} kB p50=${sample.p50Ms} p95=${sample.p95Ms} ms ` +
        `requests=${sample.requests} errors=${sample.errors} connections=${sample.connections}`,
    );
  }
  await loop.stop();
  clearInterval(rssTimer);
  // Requests answered after the last sample still count for errors.
  const tail = loop.takeWindow();
  const last = samples.at(-1);
  if (last) {
    for (const [code, n] of Object.entries(tail.errors)) last.window.errors[code] = (last.window.errors[code] ?? 0) + n;
    last.sample.errors = last.window.errorCount;
  }
  await monitor.end();

  const settings: SoakSettings = {
    minutes,
    warmupMinutes,
    windowMinutes,
    sampleSeconds: SAMPLE_SECONDS,
    serverUrl: target.url,
    serverPid: target.pid,
    database,
    interrupted,
    connectionCeiling: Number(env.BATON_DB_POOL ?? 10) + 1,
  };
  const result = summarize(settings, { ...MIX }, steps, peak, rate, samples);
  const markdown = toMarkdown(result);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  writeFileSync(out.replace(/\.json$/, '') + '.md', markdown);
  console.log(`\n${markdown}`);
  log(`written: ${out}`);
  return result.verdict === 'PASS';
}

async function main(): Promise<number> {
  // Ctrl-C ends the soak early; the report is still written (and says so).
  process.once('SIGINT', () => {
    interrupted = true;
  });
  if (env.SOAK_SERVER_URL) {
    if (!env.SOAK_DATABASE_URL) throw new Error('SOAK_SERVER_URL needs SOAK_DATABASE_URL (the server’s database)');
    const data = await prepare(env.SOAK_DATABASE_URL);
    const pid = env.SOAK_SERVER_PID ? Number(env.SOAK_SERVER_PID) : null;
    return (await soak({ url: env.SOAK_SERVER_URL, pid, databaseUrl: env.SOAK_DATABASE_URL, data })) ? 0 : 1;
  }
  return withScratchDatabase(async (databaseUrl) => {
    await runMigrations(databaseUrl);
    if (env.SOAK_DEMO !== 'false') await seedDemoProgram(databaseUrl);
    const data = await prepare(databaseUrl);
    const server = new ApiServer({
      mainJs: BUILT_MAIN,
      databaseUrl,
      port: await freePort(),
      env: { BATON_QUIET: 'true', NODE_ENV: 'production', COOKIE_SECURE: 'false' },
    });
    await server.start();
    log(`server ${server.url} (pid ${server.pid}) on ${new URL(databaseUrl).pathname.slice(1)}`);
    try {
      return (await soak({ url: server.url, pid: server.pid ?? null, databaseUrl, data })) ? 0 : 1;
    } finally {
      await server.stop();
    }
  });
}

void main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
