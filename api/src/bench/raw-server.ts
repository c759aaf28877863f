import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { hashToken, SESSION_COOKIE, SESSION_LOOKUP } from '../identity/session.service';
import { rawReads } from './raw-reads';

/**
 * The GraphQL-overhead bench's baseline: plain `node:http` and a `pg` pool (as large as the API's)
 * answering the bench's three reads with hand-written SQL, no framework. Run as its own process
 * like the API (`node dist/bench/raw-server.js`, DATABASE_URL and PORT), with `GET /health`.
 * Like the API, it first looks up the session of the `baton_session` cookie (the API's statement),
 * and answers 401 without one; `joined=1` reads without it, in one hand-joined statement.
 *
 *   GET /partner?id=…   GET /partners?take=50   GET /kpi-dashboard?fromMonth=…&toMonth=…
 *   GET /floor: no SQL, the answer of `{ __typename }` (the cost of the HTTP stack alone)
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BATON_DB_POOL ?? 10) });
const reads = rawReads(pool);

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const COOKIE = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([^;]+)`);

async function signedIn(req: IncomingMessage): Promise<boolean> {
  const token = COOKIE.exec(req.headers.cookie ?? '')?.[1];
  return !!token && (await pool.query(SESSION_LOOKUP, [hashToken(token)])).rowCount === 1;
}

async function route(req: IncomingMessage): Promise<[number, unknown]> {
  const url = new URL(req.url ?? '/', 'http://raw');
  const q = (name: string) => url.searchParams.get(name) ?? '';
  const joined = q('joined') === '1';
  if (req.method !== 'GET') return [405, { error: 'GET only' }];
  const open = ['/health', '/floor'].includes(url.pathname) || joined;
  if (!open && !(await signedIn(req))) return [401, { error: 'no session' }];
  switch (url.pathname) {
    case '/health':
      await pool.query('SELECT 1');
      return [200, { status: 'ok' }];
    case '/floor':
      return [200, { data: { __typename: 'Query' } }];
    case '/partner':
      return [200, { data: await reads.partner(q('id'), joined) }];
    case '/partners':
      return [200, { data: await reads.partners(Math.min(Math.max(Number(q('take')) || 20, 1), 100), joined) }];
    case '/kpi-dashboard': {
      const data = await reads.kpiDashboard(q('fromMonth'), q('toMonth'));
      return data ? [200, { data }] : [503, { error: 'the KPI roll-ups do not count for today' }];
    }
    default:
      return [404, { error: 'not found' }];
  }
}

const server = createServer((req, res) => {
  route(req).then(
    ([status, body]) => answer(res, status, body),
    (error: unknown) => answer(res, 500, { error: String(error) }),
  );
});

server.listen(Number(process.env.PORT ?? 3100), '127.0.0.1');
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
