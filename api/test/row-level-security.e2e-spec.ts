import { appFirmFilter } from '../src/common/access/scoped-query';
import { enterFirmScope, FIRM_ROLE } from '../src/common/access/firm-scope';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

/**
 * Row-level security is the second line behind the app's own firm filter (`scopedQuery`): with
 * that filter switched off, partner B still receives nothing of partner A — unless row-level
 * security is off too, which shows the filter really was off.
 */
let env: TestEnvironment;
let unprotected: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
  unprotected = await createTestEnvironment({ rowLevelSecurity: false });
  for (const e of [env, unprotected]) {
    for (const firm of [e.fx.partnerA, e.fx.partnerB]) {
      const project = await e.fx.createProject(firm);
      await e.fx.createCertification(await e.fx.createConsultant(firm), 'PAYROLL');
      await e.db.query(
        `INSERT INTO escalation (project_id, partner_id, category, subject) VALUES ($1, $2, 'PRODUCT_QUESTION', 'rls')`,
        [project.id, firm.id],
      );
    }
  }
  appFirmFilter.enabled = false;
});
afterAll(async () => {
  appFirmFilter.enabled = true;
  await env.close();
  await unprotected.close();
});

/** Tables holding one firm's rows, read from the database itself: a new one cannot be missed. */
async function firmTables(e: TestEnvironment): Promise<string[]> {
  const rows = await e.db.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'partner_id' ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

const READS: [string, (e: TestEnvironment) => Promise<{ doc: string; vars?: Record<string, unknown> }>][] = [
  ['partners', async () => ({ doc: `{ partners(take: 100) { items { id name } } }` })],
  ['users', async () => ({ doc: `{ users(take: 100) { items { id email } } }` })],
  ['customers', async () => ({ doc: `{ customers(take: 100) { items { id companyName } } }` })],
  ['onboardingProjects', async () => ({ doc: `{ onboardingProjects(take: 100) { items { id partner { id } } } }` })],
  ['certifications', async () => ({ doc: `{ certifications(take: 100) { items { id consultant { id email } } } }` })],
  ['escalations', async () => ({ doc: `{ escalations(take: 100) { items { id subject project { id } } } }` })],
  ['tierReviews', async () => ({ doc: `{ tierReviews { id partner { id } } }` })],
  [
    'partner(id) of A',
    async (e) => ({ doc: `query ($id: ID!) { partner(id: $id) { id name } }`, vars: { id: e.fx.partnerA.id } }),
  ],
  [
    'onboardingProject(id) of A',
    async (e) => {
      const [p] = await e.db.query(`SELECT id FROM onboarding_project WHERE partner_id = $1`, [e.fx.partnerA.id]);
      return { doc: `query ($id: ID!) { onboardingProject(id: $id) { id customer { companyName } } }`, vars: p };
    },
  ],
  [
    'consultant(id) of A',
    async (e) => {
      const [c] = await e.db.query(`SELECT id FROM consultant WHERE partner_id = $1`, [e.fx.partnerA.id]);
      return { doc: `query ($id: ID!) { consultant(id: $id) { id email } }`, vars: c };
    },
  ],
];

/** Partner B runs every read; answers the reads whose response held one of partner A's markers. */
async function leaksTo(e: TestEnvironment): Promise<string[]> {
  const b = await e.clientAs('partnerBAdmin');
  const markers = await e.fx.foreignMarkers('partnerBAdmin');
  const leaked: string[] = [];
  for (const [name, build] of READS) {
    const { doc, vars } = await build(e);
    const res = await b.request(doc, vars);
    expect(res.errors?.filter((x) => x.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? []).toEqual([]);
    if (markers.some((m) => res.raw.includes(m))) leaked.push(name);
  }
  return leaked;
}

describe('with the app filter switched off', () => {
  it('successful: partner B still receives nothing of partner A through the API', async () => {
    expect(await leaksTo(env)).toEqual([]);
  });

  it('failing without row-level security: the same reads hand partner A rows to partner B', async () => {
    expect((await leaksTo(unprotected)).length).toBeGreaterThanOrEqual(5);
  });

  it('successful: partner B still sees its own rows', async () => {
    const b = await env.clientAs('partnerBAdmin');
    const res = await b.request<{ onboardingProjects: { items: { partner: { id: string } }[] } }>(
      `{ onboardingProjects { items { partner { id } } } }`,
    );
    expect(res.data?.onboardingProjects.items).toEqual([{ partner: { id: env.fx.partnerB.id } }]);
  });
});

describe('in the database', () => {
  it('every table with a firm column has row-level security and the firm policy', async () => {
    const tables = [...(await firmTables(env)), 'partner'];
    const rows = await env.db.query<{ relname: string; relrowsecurity: boolean; policies: string[] }[]>(
      `SELECT c.relname, c.relrowsecurity, array_remove(array_agg(p.polname::text), NULL) AS policies
       FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid
       WHERE c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1) GROUP BY 1, 2 ORDER BY 1`,
      [tables],
    );
    expect(rows).toHaveLength(tables.length);
    for (const row of rows)
      expect([row.relname, row.relrowsecurity, row.policies]).toEqual([row.relname, true, ['firm_isolation']]);
  });

  it('in partner B scope, every firm table shows exactly B rows and accepts no A row', async () => {
    const { partnerA, partnerB } = env.fx;
    let tablesWithARows = 0;
    await env.db.transaction(async (m) => {
      const counts: [string, number, number][] = [];
      for (const table of await firmTables(env)) {
        const [own] = await m.query(
          `SELECT count(*) FILTER (WHERE partner_id = $1)::int AS b, count(*) FILTER (WHERE partner_id = $2)::int AS a FROM "${table}"`,
          [partnerB.id, partnerA.id],
        );
        counts.push([table, own.b, own.a]);
      }
      await enterFirmScope(m, partnerB.id);
      expect((await m.query(`SELECT current_user AS u`))[0].u).toBe(FIRM_ROLE);
      for (const [table, b, a] of counts) {
        if (a > 0) tablesWithARows++;
        const [seen] = await m.query(`SELECT count(*)::int AS n FROM "${table}"`);
        expect([table, seen.n]).toEqual([table, b]);
      }
      const [updated] = await m.query(
        `WITH u AS (UPDATE consultant SET email = email WHERE partner_id = $1 RETURNING 1) SELECT count(*)::int AS n FROM u`,
        [partnerA.id],
      );
      expect(updated.n).toBe(0);
      await m.query('SAVEPOINT refused');
      await expect(
        m.query(
          `INSERT INTO consultant (partner_id, email, display_name) VALUES ($1, 'intruder@beta.test', 'Intruder')`,
          [partnerA.id],
        ),
      ).rejects.toThrow(/row-level security/);
      await m.query('ROLLBACK TO SAVEPOINT refused');
      const [partners] = await m.query(`SELECT array_agg(id) AS ids FROM partner`);
      expect(partners.ids).toEqual([partnerB.id]);
    });
    expect(tablesWithARows).toBeGreaterThanOrEqual(8);
  });

  it('failing: with no firm set, the role sees no firm row at all', async () => {
    await env.db.transaction(async (m) => {
      await m.query(`SELECT set_config('role', $1, true)`, [FIRM_ROLE]);
      const [row] = await m.query(
        `SELECT (SELECT count(*) FROM partner)::int AS partners, (SELECT count(*) FROM "user")::int AS users`,
      );
      expect(row).toEqual({ partners: 0, users: 0 });
    });
  });
});
