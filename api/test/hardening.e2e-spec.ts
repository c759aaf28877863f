import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, print, specifiedRules, validate } from 'graphql';
import { armorProtection, LIMITS } from '../src/graphql/graphql-options';
import { portalDocuments } from './support/attacks/portal-documents';
import { PASSWORD } from './support/fixtures';
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
    // Tokens are counted while parsing, before there is a document to validate.
    expect(res.errors?.[0].extensions?.code).toBe(
      limit === 'tokens' ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED',
    );
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message.toLowerCase()).toContain(limit.replace(/s$/, ''));
    expect(res.data ?? null).toBeNull();
    expect(resolverCalls).toBe(0);
  });

  it("failing: a syntax error is the client's (400), not the server's (found by the fuzzer)", async () => {
    const { res, resolverCalls } = await measured(JSON.stringify({ query: `{ me { id }` }));
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
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

/** `application { createdPartner { … } }` n times: the schema's one cycle, for nesting as deep as wanted. */
const nested = (n: number, inner: string): string =>
  n === 0 ? inner : `application { createdPartner { ${nested(n - 1, inner)} } }`;
/** Selection sets below `me { partner { … } } }` (depth 2): 2 + 2n + 1 levels. */
const PAST_DEPTH = 4;

describe('hostile documents are rejected before any resolver runs', () => {
  const rejected = async (query: string, limit: RegExp) => {
    const { res, resolverCalls } = await measured(JSON.stringify({ query }));
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.map((e) => e.message).join('\n')).toMatch(limit);
    expect(res.data ?? null).toBeNull();
    expect(resolverCalls).toBe(0);
  };

  it.each([
    [
      'a fragment named __schema',
      `query { ...__schema } fragment __schema on Query { me { partner { ${nested(PAST_DEPTH, 'id')} } } }`,
    ],
    ['a field aliased __schema', `query { __schema: me { partner { ${nested(PAST_DEPTH, 'id')} } } }`],
    [
      'fragments spreading fragments',
      `query { ...A } fragment A on Query { me { ...B } } fragment B on User { partner { ...C } }
       fragment C on Partner { ${nested(PAST_DEPTH - 1, '...D')} } fragment D on Partner { ${nested(1, 'id')} }`,
    ],
    [
      'inline fragments nesting',
      `query { ... on Query { me { ... on User { partner { ${nested(PAST_DEPTH, '... on Partner { id }')} } } } } }`,
    ],
    [
      'a fragment used shallow first, then deep',
      `query { me { partner { ...P } } deep: me { partner { ${nested(2, '...P')} } } }
       fragment P on Partner { ${nested(2, 'id')} }`,
    ],
  ])('failing: depth past the limit through %s', async (_how, query) => {
    await rejected(query, new RegExp(`depth limit of ${LIMITS.maxDepth} exceeded`));
  });

  it('successful: the same fragments within the depth limit run', async () => {
    const { res, resolverCalls } = await measured(
      JSON.stringify({
        query: `query { ...__schema } fragment __schema on Query { me { partner { ${nested(1, 'id')} } } }`,
      }),
    );
    expect(res.errors).toBeUndefined();
    expect(resolverCalls).toBeGreaterThan(0);
  });

  it.each([
    ['a fragment spreading itself', `query { me { partner { ...A } } } fragment A on Partner { ${nested(1, '...A')} }`],
    [
      'two fragments spreading each other',
      `query { me { partner { ...A } } } fragment A on Partner { application { ...B } }
       fragment B on PartnerApplication { createdPartner { ...A } }`,
    ],
  ])('failing: a fragment cycle: %s', async (_how, query) => {
    await rejected(query, /Cannot spread fragment "A" within itself/);
  });

  it.each([
    ['one field repeated', `{ me { ${'id '.repeat(1_500)} } }`],
    [
      'a fragment of repeated fields spread many times',
      `{ me { ${'...F '.repeat(40)} } } fragment F on User { ${'id '.repeat(40)} }`,
    ],
    [
      'fragments doubling forty times (2^40 fields once expanded)',
      `{ ...F40 } fragment F0 on Query { me { id } } ${Array.from({ length: 40 }, (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`).join(' ')}`,
    ],
  ])('failing: field duplication past the cost limit: %s', async (_how, query) => {
    await rejected(query, new RegExp(`Cost limit of ${LIMITS.maxCost} exceeded`));
  });

  it('failing: aliases hidden in fragments count against the alias limit', async () => {
    const aliases = (prefix: string) => Array.from({ length: 8 }, (_, i) => `${prefix}${i}: me { id }`).join(' ');
    await rejected(
      `{ ...F ...G } fragment F on Query { ${aliases('f')} } fragment G on Query { ${aliases('g')} }`,
      /Aliases limit of 15 exceeded, found 16/,
    );
  });

  it('failing: directives on repeated spreads of one fragment count, each one', async () => {
    // graphql-armor alone counts these as one; `maxDirectivesAsWritten` counts them as written.
    await rejected(
      `{ me { ${'...F @include(if: true) '.repeat(LIMITS.maxDirectives + 1)} } } fragment F on User { id }`,
      /Directives limit of 10 exceeded, found 11/,
    );
  });

  it('failing: a sign-in brute force of 100 aliases in one request guesses nothing and leaves no trace', async () => {
    const victim = env.fx.users.vendorStaff.email;
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 73 ? PASSWORD : `guess${i}`));
    const query = `mutation { ${guesses
      .map((p, i) => `a${i}: signIn(input: { email: "${victim}", password: "${p}" }) { __typename }`)
      .join(' ')} }`;
    const count = async () =>
      (
        await env.db.query(`SELECT (SELECT count(*) FROM sign_in_attempt)::int AS attempts,
         (SELECT count(*) FROM audit_log_entry)::int AS audit, (SELECT count(*) FROM session)::int AS sessions`)
      )[0];
    const before = await count();
    const attacker = new GraphQLClient(env.url);
    const calls = env.resolverCalls();
    const res = await attacker.request(query);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/Aliases limit of 15 exceeded, found 100/);
    expect(res.data ?? null).toBeNull();
    expect(env.resolverCalls() - calls).toBe(0);
    expect(attacker.cookie).toBeUndefined();
    expect(await count()).toEqual(before);
  });
});

describe('the portal’s own operations all still pass', () => {
  const documents = portalDocuments();

  it(`successful: each of the portal’s ${documents.length} operations passes the schema and every limit`, () => {
    expect(documents.length).toBeGreaterThan(100);
    const { schema } = env.app.get(GraphQLSchemaHost);
    const rules = [...specifiedRules, ...armorProtection({ production: true }).validationRules];
    const failures = documents.flatMap(({ name, document }) => {
      const problems = validate(schema, document, rules).map((e) => e.message);
      try {
        parse(print(document), { maxTokens: LIMITS.maxTokens });
      } catch (e) {
        problems.push((e as Error).message);
      }
      return problems.map((p) => `${name}: ${p}`);
    });
    expect(failures).toEqual([]);
  });
});

describe('production mode', () => {
  it('failing: introspection is off', async () => {
    const res = await new GraphQLClient(prod.url).request(`{ __schema { types { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
  });

  it.each([
    ['a fragment', `query { ...F } fragment F on Query { __schema { types { name } } }`],
    ['an alias', `query { schema: __schema { queryType { name } } }`],
    ['__type', `query { __type(name: "User") { fields { name } } }`],
  ])('failing: introspection is off through %s too, and runs no resolver', async (_how, query) => {
    const before = prod.resolverCalls();
    const res = await new GraphQLClient(prod.url).request(query);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect(prod.resolverCalls() - before).toBe(0);
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
