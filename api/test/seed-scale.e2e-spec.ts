import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap/create-app';
import { loadConfig } from '../src/config/app-config';
import { runMigrations } from '../src/database/prepare-database';
import { createDatabase, dropDatabase } from '../src/database/scratch-database';
import { PHASES_PER_PROJECT, PLAN_MONTHS, scalePlan } from '../src/scripts/seed-scale/scale-plan';
import { personEmailOf } from '../src/scripts/seed-scale/scale-sql';
import { seedScale, type SeedScaleResult } from '../src/scripts/seed-scale/seed-scale-runner';
import { GraphQLClient } from './support/graphql-client';

/** The scale seed (`npm run seed:scale`) at a tiny scale: exact counts, the program's rules, the API on top. */
const ACCOUNTS = 200;
const plan = scalePlan(ACCOUNTS);

let serverUrl: string;
let name: string;
let db: Client;
let app: INestApplication;
let apiUrl: string;
let result: SeedScaleResult;

const count = async (sql: string): Promise<number> => Number((await db.query(sql)).rows[0].n);

beforeAll(async () => {
  serverUrl = process.env.BATON_TEST_SERVER_URL!;
  name = `baton_t_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(serverUrl, name);
  await runMigrations(url);
  result = await seedScale(url, { accounts: ACCOUNTS });
  db = new Client({ connectionString: url });
  await db.connect();
  app = await createApp({ ...loadConfig({}), port: 0, databaseUrl: url, webDistDir: '/nonexistent' });
  await app.listen(0, '127.0.0.1');
  apiUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
});

afterAll(async () => {
  await app?.close();
  await db?.end();
  if (name) await dropDatabase(serverUrl, name);
});

async function signedIn(email: string): Promise<GraphQLClient> {
  const client = new GraphQLClient(apiUrl);
  const res = await client.signIn(email, result.password);
  if (!client.cookie) throw new Error(`sign-in of ${email} failed: ${res.raw}`);
  return client;
}

describe('scale seed', () => {
  it('plans every count from the accounts', () => {
    expect(plan).toEqual({
      accounts: 200,
      firms: 2,
      consultants: 10,
      assignments: 200,
      projects: 200,
      phases: 1_200,
      usageSnapshots: 2_000,
      surveyAnswers: 100,
      capacityPlans: 2 * 24,
      users: 13,
    });
    expect(scalePlan(100_000)).toMatchObject({
      firms: 1_000,
      consultants: 5_000,
      phases: 600_000,
      usageSnapshots: 1_000_000,
    });
  });

  it('writes exactly the planned rows, and reports what it wrote', async () => {
    const expected = {
      partner: plan.firms,
      consultant: plan.consultants,
      user: plan.users,
      customer_account: plan.accounts,
      assignment: plan.assignments,
      onboarding_project: plan.projects,
      project_phase: plan.phases,
      usage_snapshot: plan.usageSnapshots,
      capacity_plan: plan.capacityPlans,
    };
    for (const [table, rows] of Object.entries(expected)) {
      expect({ table, rows: await count(`SELECT count(*) AS n FROM "${table}"`) }).toEqual({ table, rows });
      expect({ table, rows: result.counts[table] }).toEqual({ table, rows });
    }
    expect(await count(`SELECT count(*) AS n FROM survey WHERE answered_at IS NOT NULL`)).toBe(plan.surveyAnswers);
    expect(await count(`SELECT count(*) AS n FROM survey`)).toBeGreaterThan(plan.surveyAnswers);
    expect(result.counts.survey).toBe(await count(`SELECT count(*) AS n FROM survey`));
  });

  it('keeps the ratios: six phases a project, one accepted assignment and project a customer, 24 plans a firm', async () => {
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT project_id FROM project_phase GROUP BY 1 HAVING count(*) <> ${PHASES_PER_PROJECT}) x`,
      ),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM customer_account c
                    WHERE (SELECT count(*) FROM assignment a WHERE a.customer_id = c.id AND a.partner_id = c.partner_id
                             AND a.status = 'ACTIVE' AND a.accepted_at BETWEEN a.assigned_at AND a.decline_by) <> 1`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM assignment a
                    WHERE (SELECT count(*) FROM onboarding_project p WHERE p.assignment_id = a.id AND p.customer_id = a.customer_id
                             AND p.lead_consultant_id = a.lead_consultant_id AND p.start_date = a.accepted_at::date) <> 1`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM (SELECT partner_id FROM capacity_plan GROUP BY 1 HAVING count(*) <> ${PLAN_MONTHS}) x`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM (SELECT DISTINCT month FROM capacity_plan) x`)).toBe(PLAN_MONTHS);
  });

  it('follows the program rules: slots, phase order, tiers, certified leads, usage in time', async () => {
    // Each plan consumed exactly by its assignments, within the offer, in the assignment's month.
    expect(
      await count(`SELECT count(*) AS n FROM capacity_plan c
                    WHERE c.slots_consumed <> (SELECT count(*) FROM assignment a WHERE a.capacity_plan_id = c.id AND a.month = c.month)`),
    ).toBe(0);
    // Phases completed in order, never in the future, due on start + due day - 1.
    expect(
      await count(`SELECT count(*) AS n FROM project_phase a JOIN project_phase b ON b.project_id = a.project_id AND b.position > a.position
                    WHERE (a.completed_on IS NULL AND b.completed_on IS NOT NULL) OR b.completed_on < a.completed_on`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM project_phase ph JOIN onboarding_project p ON p.id = ph.project_id
                     JOIN template_phase tp ON tp.template_id = p.template_id AND tp.position = ph.position
                    WHERE ph.due_date <> p.start_date + tp.due_day - 1 OR ph.completed_on > current_date
                       OR (ph.completed_on IS NULL) <> (ph.summary IS NULL)`),
    ).toBe(0);
    // A firm's tier is its latest tier change; every firm has a partner admin who is also a consultant.
    expect(
      await count(`SELECT count(*) AS n FROM partner p
                    WHERE p.tier IS DISTINCT FROM (SELECT c.tier FROM partner_tier_change c WHERE c.partner_id = p.id
                                                    ORDER BY c.effective_from DESC LIMIT 1)
                       OR NOT EXISTS (SELECT 1 FROM "user" u JOIN consultant k ON k.user_id = u.id
                                       WHERE u.partner_id = p.id AND u.role = 'PARTNER_ADMIN')`),
    ).toBe(0);
    // Leads hold a certification in force for the customer's main product.
    expect(
      await count(`SELECT count(*) AS n FROM assignment a JOIN customer_account c ON c.id = a.customer_id
                    WHERE NOT EXISTS (SELECT 1 FROM skill_certification s WHERE s.consultant_id = a.lead_consultant_id
                                        AND s.product_area = c.products[1] AND s.expires_at > now() AND s.revoked_at IS NULL)`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM usage_snapshot u JOIN onboarding_project p ON p.customer_id = u.customer_id
                    WHERE u.taken_on < p.start_date OR u.taken_on > current_date`),
    ).toBe(0);
    // Spread over the months, with every outcome: completed, running, overdue, churned.
    expect(
      await count(`SELECT count(DISTINCT date_trunc('month', start_date)) AS n FROM onboarding_project`),
    ).toBeGreaterThan(18);
    expect(await count(`SELECT count(*) AS n FROM project_phase WHERE completed_on > due_date`)).toBeGreaterThan(0);
    expect(
      await count(`SELECT count(*) AS n FROM project_phase WHERE completed_on IS NULL AND due_date < current_date`),
    ).toBeGreaterThan(0);
    // Seeded rows are not audited (they were generated, not done by anyone).
    expect(await count(`SELECT count(*) AS n FROM audit_log_entry`)).toBe(0);
  });

  it('serves the KPI dashboard and the partner directory on it, to vendor and partner alike', async () => {
    const months = (
      await db.query(
        `SELECT to_char(min(month), 'YYYY-MM') AS "from", to_char(now(), 'YYYY-MM') AS "to" FROM capacity_plan`,
      )
    ).rows[0] as { from: string; to: string };
    const dashboard = `query ($from: String!, $to: String!) {
      kpiDashboard(fromMonth: $from, toMonth: $to) {
        totals { activationRate phaseOnTimeRate capacityUtilization csat nps surveyAnswers escalationsPerProject }
        activationByCohort { month started }
      } }`;
    type Dashboard = {
      kpiDashboard: {
        totals: Record<string, number | null>;
        activationByCohort: { month: string; started: number }[];
      };
    };
    const vendor = await signedIn('admin@baton.example');
    const program = await vendor.request<Dashboard>(dashboard, months);
    expect(program.errors).toBeUndefined();
    const totals = program.data!.kpiDashboard.totals;
    for (const figure of ['activationRate', 'phaseOnTimeRate', 'capacityUtilization', 'csat', 'nps'])
      expect({ figure, value: typeof totals[figure] }).toEqual({ figure, value: 'number' });
    expect(totals.phaseOnTimeRate).toBeGreaterThan(0.3);
    expect(totals.surveyAnswers).toBe(plan.surveyAnswers);
    expect(program.data!.kpiDashboard.activationByCohort.reduce((n, c) => n + c.started, 0)).toBe(plan.projects);

    const partners = await vendor.request<{
      partners: { totalItems: number; items: { name: string; tier: number }[] };
    }>(`{ partners(take: 10) { totalItems items { name tier } } }`);
    expect(partners.errors).toBeUndefined();
    expect(partners.data!.partners.totalItems).toBe(plan.firms);
    expect(partners.data!.partners.items.every((p) => p.name.length > 0 && p.tier >= 1 && p.tier <= 5)).toBe(true);

    // A partner admin (row-level security on) sees its own firm and its scorecard.
    const firm = await signedIn(personEmailOf(1, 1));
    const own = await firm.request<{ partners: { totalItems: number } }>(`{ partners { totalItems } }`);
    expect(own.data!.partners.totalItems).toBe(1);
    const scorecard = await firm.request<Dashboard>(dashboard, months);
    expect(scorecard.errors).toBeUndefined();
    const started = scorecard.data!.kpiDashboard.activationByCohort.reduce((n, c) => n + c.started, 0);
    expect(started).toBe(
      await count(`SELECT count(*) AS n FROM onboarding_project p JOIN "user" u ON u.partner_id = p.partner_id
                                       WHERE u.email = '${personEmailOf(1, 1)}'`),
    );
    expect(started).toBeGreaterThan(0);
  });
});
