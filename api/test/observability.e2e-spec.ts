import { loadConfig } from '../src/config/app-config';
import { PASSWORD } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

const TOKEN = 'metrics-token-for-the-observability-spec';
const NEEDLE = 'needle-in-a-variable-7f3a';
const WRONG_PASSWORD = 'wrong-password-that-must-not-be-logged';

/** Access lines as the app wrote them, one JSON object each. */
const lines: string[] = [];
let env: TestEnvironment;
/** Both off: no token configured, no access log. */
let off: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment({
    requestLog: true,
    requestLogTo: { write: (line) => lines.push(...line.split('\n').filter(Boolean)) },
    metricsToken: TOKEN,
  });
  off = await createTestEnvironment();
});
afterAll(async () => {
  await env?.close();
  await off?.close();
});

const scrape = (url: string, authorization?: string) =>
  fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });

async function metricValue(series: string): Promise<number> {
  const text = await (await scrape(env.url, `Bearer ${TOKEN}`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('configuration', () => {
  it('logs requests by default, but not under jest or BATON_QUIET, and BATON_REQUEST_LOG decides when set', () => {
    expect(loadConfig({}).requestLog).toBe(false);
    expect(loadConfig({ BATON_REQUEST_LOG: 'true' }).requestLog).toBe(true);
    expect(loadConfig({ BATON_REQUEST_LOG: 'false' }).requestLog).toBe(false);
  });

  it('has no metrics token unless one is set', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ BATON_METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
    expect(loadConfig({ BATON_METRICS_TOKEN: TOKEN }).metricsToken).toBe(TOKEN);
  });
});

describe('access log', () => {
  let admin: GraphQLClient;
  let written: Record<string, unknown>[];
  beforeAll(async () => {
    admin = await env.clientAs('vendorAdmin');
    lines.length = 0;
    const anonymous = new GraphQLClient(env.url);
    await admin.request(`query Directory($search: String) { partners(filter: { search: $search }) { totalItems } }`, {
      search: NEEDLE,
    });
    await anonymous.request(`{ partners(take: 1) { totalItems } }`);
    await anonymous.request(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`, {
      input: { email: env.fx.users.vendorStaff.email, password: WRONG_PASSWORD },
    });
    await anonymous.post(JSON.stringify({ query: '{ partners(' }));
    written = lines.map((l) => JSON.parse(l));
  });

  it('writes one JSON line per operation: name, type, duration, HTTP status, error codes, role', () => {
    expect(written).toEqual([
      expect.objectContaining({ operation: 'Directory', type: 'query', status: 200, errors: [], role: 'VENDOR_ADMIN' }),
      expect.objectContaining({
        operation: 'partners',
        type: 'query',
        status: 200,
        errors: ['UNAUTHENTICATED'],
        role: 'ANONYMOUS',
      }),
      expect.objectContaining({ operation: 'SignIn', type: 'mutation', status: 200, errors: [], role: 'ANONYMOUS' }),
      expect.objectContaining({
        operation: null,
        type: null,
        status: 400,
        errors: ['GRAPHQL_PARSE_FAILED'],
        role: 'ANONYMOUS',
      }),
    ]);
    for (const line of written) {
      expect(Object.keys(line).sort()).toEqual(
        ['durationMs', 'errors', 'level', 'msg', 'operation', 'requestId', 'role', 'status', 'time', 'type'].sort(),
      );
      expect(line.durationMs).toEqual(expect.any(Number));
    }
  });

  it('holds no variable, password, e-mail address or session token', () => {
    const text = lines.join('\n');
    const session = admin.cookie!.split('=')[1];
    for (const secret of [NEEDLE, WRONG_PASSWORD, PASSWORD, env.fx.users.vendorStaff.email, session])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/@|variables|cookie|authorization/i);
  });

  it('is silent when switched off', async () => {
    const before = lines.length;
    await new GraphQLClient(off.url).request(`{ partners(take: 1) { totalItems } }`);
    expect(lines.length).toBe(before);
  });
});

describe('GET /metrics', () => {
  it('refuses a caller without the token, with a wrong one, or with only a session', async () => {
    const admin = await env.clientAs('vendorAdmin');
    for (const res of [
      await scrape(env.url),
      await scrape(env.url, 'Bearer not-the-token'),
      await scrape(env.url, TOKEN),
      await fetch(`${env.url}/metrics`, { headers: { cookie: admin.cookie! } }),
    ]) {
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain('baton_');
    }
  });

  it('does not exist when no token is configured', async () => {
    expect((await scrape(off.url, `Bearer ${TOKEN}`)).status).toBe(404);
  });

  it('with the token: counts each operation by name and type, and each error by code', async () => {
    const count = 'baton_graphql_operation_duration_seconds_count{operation="Pulse",type="query"}';
    const refused = 'baton_graphql_errors_total{operation="Pulse",type="query",code="UNAUTHENTICATED"}';
    const [countBefore, refusedBefore] = [await metricValue(count), await metricValue(refused)];
    const admin = await env.clientAs('vendorStaff');
    await admin.request(`query Pulse { partners(take: 1) { totalItems } }`);
    await new GraphQLClient(env.url).request(`query Pulse { partners(take: 1) { totalItems } }`);
    expect(await metricValue(count)).toBe(countBefore + 2);
    expect(await metricValue(refused)).toBe(refusedBefore + 1);
  });

  it('exposes Node’s default metrics and the database pool', async () => {
    const res = await scrape(env.url, `Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toMatch(/^baton_db_pool_connections\{state="total"\} \d+$/m);
  });
});
