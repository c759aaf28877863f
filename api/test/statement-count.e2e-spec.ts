import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { buildSchema, getNamedType, getNullableType, type GraphQLSchema, isListType } from 'graphql';
import { Client } from 'pg';
import type { Partner } from '../src/partners/partner.entity';
import { collectDeclarations } from './support/declarations';
import type { Actor } from './support/fixtures';
import type { GraphQLClient } from './support/graphql-client';
import { type ListCase, listCases } from './support/list-cases';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

/**
 * Every list operation of the schema costs a fixed number of SQL statements, whatever the page
 * size. Asked with the nested fields the portal asks for, as the vendor admin and, where the
 * operation serves partner admins, as partner A's admin: a page of 50 costs what a page of 5
 * does, and at most the operation's bound. A list without paging costs the same before and after
 * 60 more rows. A new list operation fails the suite until `support/list-cases.ts` has its case.
 *
 * Counted: QueryCounter, i.e. every statement the app sends through TypeORM, the session lookup
 * included. A partner user's reads run in one row-level-security transaction whose `BEGIN`,
 * `set_config` (role and firm) and `COMMIT` go to the driver directly, past TypeORM: QueryCounter
 * does not see them, and neither do the bounds. The suite counts them on the driver itself
 * (`pg` Client#query) and holds them to exactly RLS_SETUP per partner request, so a partner's
 * request sends bound + RLS_SETUP statements at most.
 */
const RLS_SETUP = 3;
const SMALL = 5;
const LARGE = 50;

/** Query fields answering a list: a `…List` page, a plain list, or anything paged by `take`. */
function listOperations(schema: GraphQLSchema): string[] {
  return Object.values(schema.getQueryType()!.getFields())
    .filter(
      (f) =>
        isListType(getNullableType(f.type)) ||
        getNamedType(f.type).name.endsWith('List') ||
        f.args.some((a) => a.name === 'take'),
    )
    .map((f) => f.name)
    .sort();
}

// Read when the suite is collected, so that each operation is a test of its own; the first test
// holds the file to the running schema.
const emitted = buildSchema(readFileSync(join(__dirname, '../schema.gql'), 'utf8'));
const LIST_OPERATIONS = listOperations(emitted);
const isPaged = (op: string) =>
  emitted
    .getQueryType()!
    .getFields()
    [op].args.some((a) => a.name === 'take');

let env: TestEnvironment;
let cases: Record<string, ListCase>;
let otherFirms: Partner[];
const driverQuery = jest.spyOn(Client.prototype, 'query');

beforeAll(async () => {
  env = await createTestEnvironment();
  cases = listCases(env);
  otherFirms = [env.fx.partnerB, await env.fx.createPartner(), await env.fx.createPartner()];
});
afterAll(async () => {
  driverQuery.mockRestore();
  await env?.close();
});

/** The vendor admin, and partner A's admin where the operation declares partner admins may call it. */
function principals(op: string): Actor[] {
  const access = collectDeclarations(env.app).find((d) => d.operation === `Query.${op}`)?.access ?? [];
  return access.includes('SIGNED_IN') || access.includes(Role.PARTNER_ADMIN)
    ? ['vendorAdmin', 'partnerAAdmin']
    : ['vendorAdmin'];
}

/** Rows `from`…`from + count - 1`: three in four held by partner A, the others by three other firms. */
async function seed(c: ListCase, from: number, count: number): Promise<void> {
  for (let n = from; n < from + count; n++) {
    await c.seed(n % 4 === 3 ? otherFirms[n % otherFirms.length] : env.fx.partnerA, n);
  }
}

interface Cost {
  statements: number;
  rows: number;
  /** What was sent, for the failure message. */
  sql: string[];
}

const defaultRows = (answer: unknown) =>
  Array.isArray(answer) ? answer.length : ((answer as { items?: unknown[] }).items?.length ?? 0);

async function cost(actor: Actor, client: GraphQLClient, op: string, doc: string, vars: object): Promise<Cost> {
  const [counted, sent] = [env.sqlStatements(), driverQuery.mock.calls.length];
  const res = await client.request<Record<string, unknown>>(doc, { ...vars });
  expect(res.errors).toBeUndefined();
  const statements = env.sqlStatements() - counted;
  const sql = driverQuery.mock.calls.slice(sent).map(([text]) => String(text).replace(/\s+/g, ' ').slice(0, 100));
  expect({ actor, setup: sql.length - statements }).toEqual({
    actor,
    setup: actor === 'vendorAdmin' ? 0 : RLS_SETUP,
  });
  const rowsOf = (cases[op].rows ?? defaultRows) as (answer: unknown) => number;
  return { statements, rows: rowsOf(res.data?.[op]), sql };
}

it('every list operation of the schema has a case (schema.gql is the running schema)', () => {
  expect(listOperations(env.app.get(GraphQLSchemaHost).schema)).toEqual(LIST_OPERATIONS);
  expect(Object.keys(cases).sort()).toEqual(LIST_OPERATIONS);
});

describe.each(LIST_OPERATIONS)('%s', (op) => {
  it('costs the same statements for a small and a large page, within its bound', async () => {
    const c = cases[op];
    expect(c).toBeDefined();
    const requests: { actor: Actor; client: GraphQLClient; doc: string }[] = [];
    for (const actor of principals(op)) {
      const client = await env.clientAs(actor);
      const docs = actor === 'vendorAdmin' ? c.vendor : (c.partner ?? c.vendor);
      requests.push(...docs.map((doc) => ({ actor, client, doc })));
    }
    const measure = async (take?: number) => {
      const out: Cost[] = [];
      for (const r of requests) out.push(await cost(r.actor, r.client, op, r.doc, { ...c.vars?.(), take }));
      return out;
    };

    let small: Cost[];
    let large: Cost[];
    if (isPaged(op)) {
      await seed(c, 0, 80);
      await measure(1); // warm-up: what a session or a cache reads once
      small = await measure(SMALL);
      large = await measure(LARGE);
    } else {
      await seed(c, 0, 8);
      await measure();
      small = await measure();
      await seed(c, 8, 60);
      large = await measure();
    }

    const table = requests.map((r, i) => ({ actor: r.actor, document: i + 1, small: small[i], large: large[i] }));
    const notGrown = table.filter((t) => !c.fixed?.includes(t.actor) && t.large.rows <= t.small.rows);
    expect(notGrown.map((t) => ({ actor: t.actor, document: t.document, rows: [t.small.rows, t.large.rows] }))).toEqual(
      [],
    );
    const growing = table.filter((t) => t.large.statements !== t.small.statements);
    expect(
      growing.map((t) => ({ actor: t.actor, document: t.document, small: t.small.sql, large: t.large.sql })),
    ).toEqual([]);
    const over = table.filter((t) => t.large.statements > c.bound);
    expect(over.map((t) => ({ actor: t.actor, document: t.document, bound: c.bound, sql: t.large.sql }))).toEqual([]);
  });
});
