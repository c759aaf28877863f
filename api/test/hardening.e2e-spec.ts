import { LIMITS } from '../src/graphql/graphql-options';
import { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let prod: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
  prod = await createTestEnvironment({ production: true });
});
afterAll(async () => {
  await env.close();
  await prod.close();
});

/** Runs a request and returns its response with the number of resolver calls it caused. */
async function measured(body: string, headers: Record<string, string> = {}) {
  const admin = await env.clientAs('vendorAdmin');
  const before = env.resolverCalls();
  const res = await admin.post(body, headers);
  return { res, resolverCalls: env.resolverCalls() - before };
}

describe('rejected before any resolver runs', () => {
  it.each([
    [
      'depth',
      `{ __type(name: "User") { ${'ofType { '.repeat(LIMITS.maxDepth)} name ${'} '.repeat(LIMITS.maxDepth)} } }`,
    ],
    ['aliases', `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`],
    ['directives', `{ me { id ${'@include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } }`],
    ['tokens', `{ me { ${'id '.repeat(LIMITS.maxTokens)} } }`],
    [
      'cost',
      `{ users(take: 100) { items { ${'... on User { id email role partner { id name kind status } } '.repeat(60)} } } }`,
    ],
  ])('failing: a query past the %s limit', async (limit, query) => {
    const { res, resolverCalls } = await measured(JSON.stringify({ query }));
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message.toLowerCase()).toContain(limit.replace(/s$/, ''));
    expect(res.data ?? null).toBeNull();
    expect(resolverCalls).toBe(0);
  });

  it('successful: a query within the limits runs its resolvers', async () => {
    const { res, resolverCalls } = await measured(JSON.stringify({ query: `{ me { id partner { id } } }` }));
    expect(res.errors).toBeUndefined();
    expect(resolverCalls).toBeGreaterThan(0);
  });

  it('failing: a batched array of operations', async () => {
    const { res, resolverCalls } = await measured(
      JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    );
    expect(res.status).toBe(400);
    expect(resolverCalls).toBe(0);
  });

  it('failing: a cross-site simple POST (CSRF) is refused', async () => {
    const res = await fetch(`${env.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it('failing: a request body over the size limit (2 MB: room for a CSV import)', async () => {
    const { res, resolverCalls } = await measured(
      JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(2_100_000) } }),
    );
    expect(res.status).toBe(413);
    expect(resolverCalls).toBe(0);
  });
});

describe('production mode', () => {
  it('failing: introspection is off', async () => {
    const res = await new GraphQLClient(prod.url).request(`{ __schema { types { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it('failing: field suggestions do not leak the schema', async () => {
    const res = await new GraphQLClient(prod.url).request(`{ mee { id } }`);
    expect(res.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('successful: introspection stays available in development for tooling', async () => {
    const res = await new GraphQLClient(env.url).request(`{ __type(name: "Role") { enumValues { name } } }`);
    expect(res.errors).toBeUndefined();
  });
});

describe('anonymous callers', () => {
  it('get nothing but sign-in and me', async () => {
    const anon = new GraphQLClient(env.url);
    expect((await anon.request(`{ me { id } }`)).data).toEqual({ me: null });
    for (const q of [`{ partners { totalItems } }`, `{ users { totalItems } }`, `{ auditLog { totalItems } }`]) {
      const res = await anon.request(q);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data).toBeNull();
    }
  });
});

describe('health', () => {
  it('answers liveness and readiness with the database reachable', async () => {
    expect(await (await fetch(`${env.url}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${env.url}/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
