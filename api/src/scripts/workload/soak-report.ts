import { markdownTable } from '../../bench/markdown-table';
import { percentile, type Window } from './load-runner';

/** What the soak must show to pass. */
export const SOAK_LIMITS = {
  /** Mean RSS of the last window against the first, after the warm-up. */
  memoryDriftPct: 10,
  /** p95 latency of the last window against the first. */
  p95DriftPct: 20,
  errors: 0,
} as const;

export interface RampStep {
  concurrency: number;
  seconds: number;
  ok: number;
  errors: number;
  throughput: number;
  p50Ms: number | null;
  p95Ms: number | null;
}

export interface SoakSample {
  /** Seconds since the soak started (end of the 10 s interval). */
  t: number;
  /** Mean of the readings taken every second during the interval. */
  rssKb: number | null;
  requests: number;
  errors: number;
  p50Ms: number | null;
  p95Ms: number | null;
  connections: number | null;
}

export interface SoakSettings {
  minutes: number;
  warmupMinutes: number;
  windowMinutes: number;
  sampleSeconds: number;
  serverUrl: string;
  serverPid: number | null;
  database: string;
  interrupted: boolean;
  /**
   * The most connections the server may hold: its pool (BATON_DB_POOL) plus the soak's monitoring
   * connection. The pool opens and closes connections with the load, so "flat" means: never above
   * this ceiling, and the floor does not rise (a leak would keep connections it no longer uses).
   */
  connectionCeiling: number;
}

export interface OperationFigures {
  name: string;
  requests: number;
  p50Ms: number | null;
  p95Ms: number | null;
  firstWindowP95Ms: number | null;
  lastWindowP95Ms: number | null;
}

interface Check {
  value: number | null;
  limit: string;
  pass: boolean | null;
}

export interface SoakResult {
  settings: SoakSettings;
  mix: Record<string, number>;
  ramp: RampStep[];
  peakThroughput: number;
  targetRate: number;
  achievedRate: number;
  requests: number;
  errors: Record<string, number>;
  memory: { firstWindowMeanKb: number | null; lastWindowMeanKb: number | null; driftPct: number | null };
  latency: { firstWindowP95Ms: number | null; lastWindowP95Ms: number | null; driftPct: number | null };
  connections: { min: number | null; max: number | null; firstWindowMax: number | null; lastWindowMin: number | null };
  /** Per request of the mix: which one drifted. */
  operations: OperationFigures[];
  checks: { memoryDrift: Check; p95Drift: Check; errors: Check; connectionsFlat: Check };
  verdict: 'PASS' | 'FAIL';
  samples: SoakSample[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const drift = (first: number | null, last: number | null) =>
  first && last !== null ? round(((last - first) / first) * 100) : null;
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const numbers = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);

/** The soak's figures and its verdict against `SOAK_LIMITS`, from the 10-second samples. */
export function summarize(
  settings: SoakSettings,
  mix: Record<string, number>,
  ramp: RampStep[],
  peakThroughput: number,
  targetRate: number,
  samples: { sample: SoakSample; window: Window }[],
): SoakResult {
  const end = samples.at(-1)?.sample.t ?? 0;
  const warmup = settings.warmupMinutes * 60;
  const span = settings.windowMinutes * 60;
  const first = samples.filter(({ sample }) => sample.t > warmup && sample.t <= warmup + span);
  const last = samples.filter(({ sample }) => sample.t > end - span);
  const afterWarmup = samples.filter(({ sample }) => sample.t > warmup);

  const errors: Record<string, number> = {};
  for (const { window } of samples)
    for (const [code, n] of Object.entries(window.errors)) errors[code] = (errors[code] ?? 0) + n;
  const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
  const requests = samples.reduce((n, { sample }) => n + sample.requests, 0);

  const rss = (part: typeof samples) => mean(numbers(part.map(({ sample }) => sample.rssKb)));
  const p95 = (part: typeof samples) =>
    percentile(
      part.flatMap(({ window }) => window.latencies),
      95,
    );
  const connectionsOf = (part: typeof samples) => numbers(part.map(({ sample }) => sample.connections));
  const extreme = (xs: number[], f: (...v: number[]) => number) => (xs.length ? f(...xs) : null);
  const connections = numbers(afterWarmup.map(({ sample }) => sample.connections));

  const memory = { firstWindowMeanKb: rss(first), lastWindowMeanKb: rss(last), driftPct: null as number | null };
  memory.driftPct = drift(memory.firstWindowMeanKb, memory.lastWindowMeanKb);
  const latency = { firstWindowP95Ms: p95(first), lastWindowP95Ms: p95(last), driftPct: null as number | null };
  latency.driftPct = drift(latency.firstWindowP95Ms, latency.lastWindowP95Ms);
  const conn = {
    min: extreme(connections, Math.min),
    max: extreme(connections, Math.max),
    firstWindowMax: extreme(connectionsOf(first), Math.max),
    lastWindowMin: extreme(connectionsOf(last), Math.min),
  };
  const flat =
    conn.max === null || conn.firstWindowMax === null || conn.lastWindowMin === null
      ? null
      : conn.max <= settings.connectionCeiling && conn.lastWindowMin <= conn.firstWindowMax;

  const opLatencies = (part: typeof samples, name: string) => part.flatMap(({ window }) => window.byOp[name] ?? []);
  const names = [...new Set(samples.flatMap(({ window }) => Object.keys(window.byOp)))].sort();
  const ms = (x: number | null) => (x === null ? null : round(x));
  const operations = names.map((name) => {
    const all = opLatencies(samples, name);
    return {
      name,
      requests: all.length,
      p50Ms: ms(percentile(all, 50)),
      p95Ms: ms(percentile(all, 95)),
      firstWindowP95Ms: ms(percentile(opLatencies(first, name), 95)),
      lastWindowP95Ms: ms(percentile(opLatencies(last, name), 95)),
    };
  });

  const atMost = (value: number | null, limit: number): Check => ({
    value,
    limit: `≤ ${limit}`,
    pass: value === null ? null : value <= limit,
  });
  const checks = {
    memoryDrift: atMost(memory.driftPct, SOAK_LIMITS.memoryDriftPct),
    p95Drift: atMost(latency.driftPct, SOAK_LIMITS.p95DriftPct),
    errors: atMost(errorCount, SOAK_LIMITS.errors),
    connectionsFlat: {
      value: conn.max,
      limit: `≤ ${settings.connectionCeiling}, last window's floor ≤ first window's peak`,
      pass: flat,
    },
  };
  // A check that could not be measured (no server pid, no samples) does not pass.
  const verdict = Object.values(checks).every((c) => c.pass === true) && !settings.interrupted ? 'PASS' : 'FAIL';
  return {
    settings,
    mix,
    ramp,
    peakThroughput: round(peakThroughput),
    targetRate: round(targetRate),
    achievedRate: end ? round(requests / end) : 0,
    requests,
    errors,
    memory: {
      ...memory,
      firstWindowMeanKb: memory.firstWindowMeanKb && Math.round(memory.firstWindowMeanKb),
      lastWindowMeanKb: memory.lastWindowMeanKb && Math.round(memory.lastWindowMeanKb),
    },
    latency: {
      ...latency,
      firstWindowP95Ms: latency.firstWindowP95Ms && round(latency.firstWindowP95Ms),
      lastWindowP95Ms: latency.lastWindowP95Ms && round(latency.lastWindowP95Ms),
    },
    connections: conn,
    operations,
    checks,
    verdict,
    samples: samples.map(({ sample }) => sample),
  };
}

const show = (x: number | null, unit = '') => (x === null ? 'n/a' : `${x}${unit}`);
const mark = (pass: boolean | null) => (pass === null ? 'not measured' : pass ? 'pass' : 'FAIL');

export function toMarkdown(r: SoakResult): string {
  const s = r.settings;
  const c = r.checks;
  const n = (x: number | null) => show(x);
  return [
    `# Soak: ${r.verdict}`,
    '',
    `${s.minutes} min at ${r.targetRate} req/s (half the peak of ${r.peakThroughput} req/s), open loop; ` +
      `achieved ${r.achievedRate} req/s, ${r.requests} requests. Warm-up ${round(s.warmupMinutes, 2)} min, ` +
      `then the first and the last ${round(s.windowMinutes, 2)} min compared. Server ${s.serverUrl} ` +
      `(pid ${s.serverPid ?? 'unknown'}), database ${s.database}.${s.interrupted ? ' **Interrupted before the end.**' : ''}`,
    '',
    markdownTable(
      ['check', 'value', 'limit', 'result'],
      [
        [
          'memory drift (mean RSS)',
          `${show(r.memory.driftPct, ' %')} (${show(r.memory.firstWindowMeanKb, ' kB')} → ${show(r.memory.lastWindowMeanKb, ' kB')})`,
          `${c.memoryDrift.limit} %`,
          mark(c.memoryDrift.pass),
        ],
        [
          'p95 drift',
          `${show(r.latency.driftPct, ' %')} (${show(r.latency.firstWindowP95Ms, ' ms')} → ${show(r.latency.lastWindowP95Ms, ' ms')})`,
          `${c.p95Drift.limit} %`,
          mark(c.p95Drift.pass),
        ],
        ['errors', n(c.errors.value), c.errors.limit, mark(c.errors.pass)],
        [
          'PostgreSQL connections',
          `${n(r.connections.min)}–${n(r.connections.max)} (first window peak ${n(r.connections.firstWindowMax)}, last window floor ${n(r.connections.lastWindowMin)})`,
          c.connectionsFlat.limit,
          mark(c.connectionsFlat.pass),
        ],
      ],
    ),
    '',
    ...(Object.keys(r.errors).length
      ? ['Errors:', '', ...Object.entries(r.errors).map(([code, count]) => `- ${code}: ${count}`), '']
      : []),
    '## Requests',
    '',
    markdownTable(
      ['request', 'count', 'p50 ms', 'p95 ms', 'p95 first window', 'p95 last window'],
      r.operations.map((o) => [
        o.name,
        String(o.requests),
        n(o.p50Ms),
        n(o.p95Ms),
        n(o.firstWindowP95Ms),
        n(o.lastWindowP95Ms),
      ]),
    ),
    '',
    '## Ramp (closed loop)',
    '',
    markdownTable(
      ['concurrency', 'req/s', 'p50 ms', 'p95 ms', 'errors'],
      r.ramp.map((x) => [String(x.concurrency), String(x.throughput), n(x.p50Ms), n(x.p95Ms), String(x.errors)]),
    ),
    '',
    `## Samples (every ${s.sampleSeconds} s)`,
    '',
    markdownTable(
      ['t s', 'RSS kB', 'requests', 'errors', 'p50 ms', 'p95 ms', 'connections'],
      r.samples.map((x) => [
        String(x.t),
        n(x.rssKb),
        String(x.requests),
        String(x.errors),
        n(x.p50Ms),
        n(x.p95Ms),
        n(x.connections),
      ]),
    ),
    '',
  ].join('\n');
}
