import { performance } from 'node:perf_hooks';

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

export interface Timing {
  medianMs: number;
  runs: number;
  warmups: number;
}

/** Runs `work` `warmups` times unmeasured, then `runs` times; reports the median and the last result. */
export function medianTime<T>(work: () => T, warmups: number, runs: number): { timing: Timing; result: T } {
  let result = work();
  for (let i = 1; i < warmups; i++) result = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  return { timing: { medianMs: median(times), runs, warmups }, result };
}

/** `medianTime` for work that returns a promise: each run is timed until it settles. */
export async function medianTimeAsync<T>(
  work: () => Promise<T>,
  warmups: number,
  runs: number,
): Promise<{ timing: Timing; result: T }> {
  let result = await work();
  for (let i = 1; i < warmups; i++) result = await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  return { timing: { medianMs: median(times), runs, warmups }, result };
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

export function formatRuns({ runs, warmups }: Timing): string {
  return `median of ${runs}, after ${warmups} warm-up${warmups === 1 ? '' : 's'}`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
