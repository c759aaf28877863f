import { performance } from 'node:perf_hooks';

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
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const medianMs = times.length % 2 === 1 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  return { timing: { medianMs, runs, warmups }, result };
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`;
}

export function formatRuns({ runs, warmups }: Timing): string {
  return `median of ${runs}, after ${warmups} warm-up${warmups === 1 ? '' : 's'}`;
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');
