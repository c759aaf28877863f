import autocannon from 'autocannon';
import { percentile } from '../scripts/workload/load-runner';

export interface LoadResult {
  requestsPerSecond: number;
  p95Ms: number;
  errors: number;
}

/** One HTTP request as autocannon repeats it. */
export interface LoadTarget {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One request hammered by autocannon on loopback (closed loop, `connections` in flight).
 * p95 is exact, from every response's time (autocannon's histogram stops at p90 and p97.5).
 */
export function loadHttp(
  { url, method = 'GET', headers = {}, body }: LoadTarget,
  { connections = 10, seconds = 8 } = {},
): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, method, headers, body, connections, duration: seconds }, (err, result) => {
      if (err) return reject(err);
      resolve({
        requestsPerSecond: result.requests.total / seconds,
        p95Ms: percentile(latencies, 95) ?? NaN,
        errors: result.errors + result.non2xx,
      });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

/** One GraphQL POST to `url`/graphql, as `loadHttp`. */
export function loadGraphql(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { connections?: number; seconds?: number } = {},
): Promise<LoadResult> {
  return loadHttp(
    { url: `${url}/graphql`, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body },
    options,
  );
}
