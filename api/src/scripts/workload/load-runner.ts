import { performance } from 'node:perf_hooks';
import type { MixedWorkload, MixOp } from './mixed-workload';
import { TransportError } from './workload-client';

/** Requests answered over a stretch of time: their latencies (ms) and failures by code. */
export class Window {
  readonly latencies: number[] = [];
  /** The same latencies by request name (which request got slower). */
  readonly byOp: Record<string, number[]> = {};
  ok = 0;
  readonly errors: Record<string, number> = {};

  get errorCount(): number {
    return Object.values(this.errors).reduce((a, b) => a + b, 0);
  }
}

/** Runs one request of the mix and files its latency and outcome into the window. */
async function timed(op: MixOp, window: () => Window): Promise<void> {
  const started = performance.now();
  let code: string | undefined;
  try {
    const res = await op.run();
    if (!res.ok) code = `${op.name}: ${res.code}`;
  } catch (e) {
    code = `${op.name}: ${e instanceof TransportError ? 'TRANSPORT' : 'CLIENT'} ${e instanceof Error ? e.message : e}`;
  }
  const w = window();
  const ms = performance.now() - started;
  w.latencies.push(ms);
  (w.byOp[op.name] ??= []).push(ms);
  if (code) w.errors[code] = (w.errors[code] ?? 0) + 1;
  else w.ok++;
}

/** Closed loop: `concurrency` clients, each sending its next request when the last is answered. */
export async function closedLoop(workload: MixedWorkload, concurrency: number, seconds: number): Promise<Window> {
  const window = new Window();
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) await timed(workload.next(), () => window);
    }),
  );
  return window;
}

/**
 * Open loop: requests arrive at a fixed rate whether or not earlier ones were answered, as users
 * do; a slow server therefore piles requests up instead of being spared them. Past `maxInFlight`
 * an arrival is dropped and counted as an error (the server is not keeping up).
 */
export class OpenLoop {
  private window = new Window();
  private inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly workload: MixedWorkload,
    private readonly ratePerSecond: number,
    private readonly maxInFlight = 500,
  ) {}

  start(): void {
    const started = performance.now();
    let issued = 0;
    this.timer = setInterval(() => {
      const due = Math.floor(((performance.now() - started) / 1000) * this.ratePerSecond);
      for (; issued < due; issued++) {
        if (this.inFlight.size >= this.maxInFlight) {
          this.window.errors['dropped: too many requests in flight'] =
            (this.window.errors['dropped: too many requests in flight'] ?? 0) + 1;
          continue;
        }
        const request = timed(this.workload.next(), () => this.window).finally(() => this.inFlight.delete(request));
        this.inFlight.add(request);
      }
    }, 5);
  }

  /** The requests answered since the last call. */
  takeWindow(): Window {
    const w = this.window;
    this.window = new Window();
    return w;
  }

  /** Stops new arrivals and waits for those in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.inFlight);
  }
}

export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
