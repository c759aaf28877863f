import {
  activationOutcome,
  activationRate,
  addDays,
  capacityUtilization,
  csat,
  escalationsPerProject,
  monthOf,
  nps,
  phaseOnTimeRate,
  projectHealth,
} from '@baton/shared';
import type { Partner } from '../src/partners/partner.entity';
import { Clock } from '../src/common/clock';
import { KpiRollupService } from '../src/kpi/rollup/kpi-rollup.service';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

/**
 * The dashboards' SQL against the KPI functions of libs/shared on generated data: the same
 * numbers for every period and firm, and every figure rebuilt from the rows `kpiEvidence` lists.
 */
const TODAY = '2026-11-23';
let env: TestEnvironment;
let admin: GraphQLClient;
let partnerA: GraphQLClient;
let firms: Partner[];

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

beforeAll(async () => {
  env = await createTestEnvironment();
  env.app.get(Clock).set(new Date(`${TODAY}T09:00:00Z`));
  admin = await env.clientAs('vendorAdmin');
  partnerA = await env.clientAs('partnerAAdmin');
  firms = [env.fx.partnerA, env.fx.partnerB, await env.fx.createPartner()];
  await generate(random(20261123));
}, 120_000);
afterAll(() => env.close());

async function generate(r: ReturnType<typeof random>) {
  const db = env.db;
  await db.query(`UPDATE activation_settings SET threshold = 55, window_days = 60 WHERE id = 1`);
  for (let i = 0; i < 45; i++) {
    const firm = firms[i % firms.length];
    const startDate = addDays('2026-01-05', r.int(0, 315));
    const project = await env.fx.createProject(firm, { startDate });
    const phases: { id: string; due_date: string }[] = await db.query(
      `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due_date FROM project_phase WHERE project_id = $1 ORDER BY position`,
      [project.id],
    );
    let previous = startDate;
    for (const phase of phases) {
      const on = addDays(phase.due_date, r.int(-4, 6));
      if (on > TODAY || r.next() < 0.15) break;
      previous = on > previous ? on : previous;
      await db.query(`UPDATE project_phase SET completed_on = $2, summary = 'done' WHERE id = $1`, [
        phase.id,
        previous,
      ]);
    }
    if (r.next() < 0.1)
      await db.query(`UPDATE onboarding_project SET churned_at = now(), churn_reason = 'x' WHERE id = $1`, [
        project.id,
      ]);
    for (let e = r.int(0, 3); e > 0; e--) {
      const raised = addDays(startDate, r.int(0, 60));
      await db.query(
        `INSERT INTO escalation (project_id, partner_id, category, subject, created_at, resolved_at)
         VALUES ($1, $2, 'PRODUCT_QUESTION', 'help', $3, CASE WHEN $4 THEN CAST($3 AS timestamptz) + interval '2 days' END)`,
        [project.id, firm.id, `${raised}T03:00:00Z`, r.next() < 0.6],
      );
    }
    for (let s = r.int(0, 2); s > 0; s--) {
      const answered = addDays(startDate, r.int(5, 120));
      await db.query(
        `INSERT INTO survey (project_id, partner_id, kind, token, expires_at, answered_at, csat, nps)
         VALUES ($1, $2, 'PHASE', $3, now() + interval '30 days', $4, $5, $6)`,
        [
          project.id,
          firm.id,
          `t-${project.id}-${s}`,
          answered > TODAY ? null : `${answered}T${r.next() < 0.5 ? '00:30' : '23:30'}:00Z`,
          answered > TODAY ? null : r.int(1, 5),
          answered > TODAY ? null : r.int(0, 10),
        ],
      );
    }
    let level = r.int(0, 40);
    for (let day = r.int(-10, 5); day < 120 && addDays(startDate, day) <= TODAY; day += 7) {
      level = Math.max(0, Math.min(100, level + r.int(-8, 14)));
      await db.query(
        `INSERT INTO usage_snapshot (customer_id, taken_on, utilization, source) VALUES ($1, $2, $3, 'API')`,
        [project.customerId, addDays(startDate, day), level],
      );
    }
  }
  for (const firm of firms)
    for (let m = 1; m <= 12; m++) {
      const offered = r.int(0, 8);
      await db.query(
        `INSERT INTO capacity_plan (partner_id, month, product_line, slots_offered, slots_consumed)
         VALUES ($1, $2, 'PAYROLL', $3, $4)`,
        [firm.id, `2026-${String(m).padStart(2, '0')}-01`, offered, r.int(0, offered)],
      );
    }
}

/** Every row the KPIs read, loaded plainly, for the functions of libs/shared. */
async function rowsOf() {
  const db = env.db;
  const projects: { id: string; partnerId: string; customerId: string; startDate: string; churned: boolean }[] =
    await db.query(`SELECT id, partner_id AS "partnerId", customer_id AS "customerId",
                           to_char(start_date, 'YYYY-MM-DD') AS "startDate", churned_at IS NOT NULL AS churned
                      FROM onboarding_project`);
  const phases: {
    projectId: string;
    partnerId: string;
    position: number;
    dueDate: string;
    completedOn: string | null;
  }[] = await db.query(`SELECT project_id AS "projectId", partner_id AS "partnerId", position,
                           to_char(due_date, 'YYYY-MM-DD') AS "dueDate", to_char(completed_on, 'YYYY-MM-DD') AS "completedOn"
                      FROM project_phase`);
  const escalations: { projectId: string; raisedOn: string; open: boolean }[] = await db.query(
    `SELECT project_id AS "projectId", to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "raisedOn",
            resolved_at IS NULL AS open FROM escalation`,
  );
  const surveys: { partnerId: string; answeredOn: string; csat: number | null; nps: number | null }[] = await db.query(
    `SELECT partner_id AS "partnerId", to_char(answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS "answeredOn", csat, nps
       FROM survey WHERE answered_at IS NOT NULL`,
  );
  const plans: { partnerId: string; month: string; slotsOffered: number; slotsConsumed: number }[] = await db.query(
    `SELECT partner_id AS "partnerId", to_char(month, 'YYYY-MM') AS month, slots_offered AS "slotsOffered",
            slots_consumed AS "slotsConsumed" FROM capacity_plan`,
  );
  const snapshots: { customerId: string; takenOn: string; utilization: number }[] = await db.query(
    `SELECT customer_id AS "customerId", to_char(taken_on, 'YYYY-MM-DD') AS "takenOn", utilization FROM usage_snapshot`,
  );
  return { projects, phases, escalations, surveys, plans, snapshots };
}

const DASHBOARD = `query ($f: String!, $t: String!, $p: ID) { kpiDashboard(fromMonth: $f, toMonth: $t, partnerId: $p) {
  partnerId figuresAsOf totals { activationRate activationPending phaseOnTimeRate capacityUtilization csat nps surveyAnswers
    escalationsPerProject atRisk overdue }
  activationByCohort { month started activated notActivated pending rate }
  phaseOnTimeByPartner { partnerId due onTime rate } phaseOnTimeByMonth { month due onTime rate }
  capacityByPartnerMonth { partnerId month offered consumed utilization }
  surveysByMonth { month answers csat nps } escalationsByPartner { partnerId projects escalations perProject }
  riskByPartner { partnerId running atRisk overdue } } }`;

type Dashboard = {
  partnerId: string | null;
  figuresAsOf: string | null;
  totals: Record<string, number | null>;
  activationByCohort: { month: string; started: number; activated: number; rate: number | null }[];
  phaseOnTimeByPartner: { partnerId: string; due: number; onTime: number; rate: number | null }[];
  phaseOnTimeByMonth: { month: string; rate: number | null }[];
  capacityByPartnerMonth: { partnerId: string; month: string; utilization: number | null }[];
  surveysByMonth: { month: string; answers: number; csat: number | null; nps: number | null }[];
  escalationsByPartner: { partnerId: string; projects: number; perProject: number | null }[];
  riskByPartner: { partnerId: string; atRisk: number; overdue: number }[];
};

const dashboard = async (from: string, to: string, partnerId: string | null, client = admin) => {
  const res = await client.request<{ kpiDashboard: Dashboard }>(DASHBOARD, { f: from, t: to, p: partnerId });
  expect(res.errors).toBeUndefined();
  return res.data!.kpiDashboard;
};

const lastDay = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const close = (actual: number | null | undefined, expected: number | null) =>
  expected === null ? expect(actual).toBeNull() : expect(actual).toBeCloseTo(expected, 9);

const PERIODS: [string, string][] = [
  ['2026-01', '2026-12'],
  ['2026-03', '2026-05'],
  ['2026-09', '2026-09'],
  ['2026-11', '2027-02'],
];

describe('KPI functions and dashboard SQL agree on generated data', () => {
  it.each(PERIODS)('from %s to %s, for the program and for each firm', async (from, to) => {
    const rows = await rowsOf();
    const settings = { threshold: 55, windowDays: 60 };
    const fromDay = `${from}-01`;
    const toDay = lastDay(to);
    for (const firm of [null, ...firms.map((f) => f.id)]) {
      const mine = <T extends { partnerId: string }>(list: T[]) =>
        firm ? list.filter((x) => x.partnerId === firm) : list;
      const got = await dashboard(from, to, firm);
      expect(got.partnerId).toBe(firm);

      // Activation within X days, by cohort month and in total.
      const started = mine(rows.projects).filter((p) => p.startDate >= fromDay && p.startDate <= toDay);
      const outcomes = started.map((p) => ({
        month: monthOf(p.startDate),
        ...activationOutcome(
          p,
          rows.snapshots.filter((s) => s.customerId === p.customerId),
          settings,
          TODAY,
        ),
      }));
      close(got.totals.activationRate, activationRate(outcomes.map((o) => o.outcome)));
      expect(got.totals.activationPending).toBe(outcomes.filter((o) => o.outcome === 'PENDING').length);
      const months = [...new Set(outcomes.map((o) => o.month))].sort();
      expect(got.activationByCohort.map((c) => c.month)).toEqual(months);
      for (const c of got.activationByCohort) {
        const of = outcomes.filter((o) => o.month === c.month);
        expect(c.started).toBe(of.length);
        close(c.rate, activationRate(of.map((o) => o.outcome)));
      }

      // Phase on-time rate: phases due in the period, decided today.
      close(got.totals.phaseOnTimeRate, phaseOnTimeRate(mine(rows.phases), fromDay, toDay, TODAY));
      for (const r of got.phaseOnTimeByPartner)
        close(
          r.rate,
          phaseOnTimeRate(
            rows.phases.filter((p) => p.partnerId === r.partnerId),
            fromDay,
            toDay,
            TODAY,
          ),
        );
      for (const r of got.phaseOnTimeByMonth) {
        const monthFrom = `${r.month}-01` < fromDay ? fromDay : `${r.month}-01`;
        const monthTo = lastDay(r.month) < toDay ? lastDay(r.month) : toDay;
        close(r.rate, phaseOnTimeRate(mine(rows.phases), monthFrom, monthTo, TODAY));
      }

      // Capacity utilization per firm and month, and over the period.
      const plans = mine(rows.plans).filter((p) => p.month >= from && p.month <= to);
      close(got.totals.capacityUtilization, capacityUtilization(plans));
      for (const c of got.capacityByPartnerMonth)
        close(
          c.utilization,
          capacityUtilization(plans.filter((p) => p.partnerId === c.partnerId && p.month === c.month)),
        );

      // CSAT and NPS of the answers given in the period.
      const answers = mine(rows.surveys).filter((s) => s.answeredOn >= fromDay && s.answeredOn <= toDay);
      expect(got.totals.surveyAnswers).toBe(answers.length);
      close(got.totals.csat, csat(answers));
      close(got.totals.nps, nps(answers));
      for (const m of got.surveysByMonth) {
        const of = answers.filter((s) => monthOf(s.answeredOn) === m.month);
        expect(m.answers).toBe(of.length);
        close(m.csat, csat(of));
        close(m.nps, nps(of));
      }

      // Escalations per project started in the period.
      const withEscalations = started.map((p) => ({
        partnerId: p.partnerId,
        escalations: rows.escalations.filter((e) => e.projectId === p.id).length,
      }));
      close(got.totals.escalationsPerProject, escalationsPerProject(withEscalations));
      for (const r of got.escalationsByPartner)
        close(r.perProject, escalationsPerProject(withEscalations.filter((p) => p.partnerId === r.partnerId)));

      // Projects at risk and overdue today (the period does not apply).
      const healths = mine(rows.projects).map((p) =>
        projectHealth(
          rows.phases.filter((ph) => ph.projectId === p.id),
          TODAY,
          p.churned,
          rows.escalations
            .filter((e) => e.projectId === p.id && e.open)
            .map((e) => e.raisedOn)
            .sort()[0] ?? null,
        ),
      );
      expect(got.totals.atRisk).toBe(healths.filter((h) => h === 'AT_RISK').length);
      expect(got.totals.overdue).toBe(healths.filter((h) => h === 'OVERDUE').length);
    }
  });

  it('the generated data exercises every outcome, so agreement means something', async () => {
    const got = await dashboard('2026-01', '2026-12', null);
    const cohorts = got.activationByCohort;
    expect(cohorts.reduce((n, c) => n + c.activated, 0)).toBeGreaterThan(0);
    expect(got.totals.activationPending).toBeGreaterThan(0);
    expect(got.totals.activationRate).toBeGreaterThan(0);
    expect(got.totals.activationRate).toBeLessThan(1);
    expect(got.totals.phaseOnTimeRate).toBeGreaterThan(0);
    expect(got.totals.phaseOnTimeRate).toBeLessThan(1);
    expect(got.totals.atRisk! + got.totals.overdue!).toBeGreaterThan(0);
    expect(got.totals.surveyAnswers).toBeGreaterThan(10);
    expect(got.totals.escalationsPerProject).toBeGreaterThan(0);
  });
});

const EVIDENCE = `query ($m: KpiMeasure!, $f: String!, $t: String!, $p: ID, $month: String) {
  kpiEvidence(measure: $m, fromMonth: $f, toMonth: $t, partnerId: $p, month: $month) {
    totalRows rows { key projectId partnerId customerName month label date doneOn value value2 counted health } } }`;
type Row = {
  partnerId: string;
  month: string;
  label: string | null;
  value: number | null;
  value2: number | null;
  counted: boolean | null;
};
const evidence = async (
  m: string,
  from: string,
  to: string,
  p: string | null = null,
  month?: string,
  client = admin,
) => {
  const res = await client.request<{ kpiEvidence: { totalRows: number; rows: Row[] } }>(EVIDENCE, {
    m,
    f: from,
    t: to,
    p,
    month,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.kpiEvidence;
};

describe('every figure can be traced to its rows', () => {
  it('rebuilds each total of the dashboard from the rows behind it', async () => {
    const got = await dashboard('2026-01', '2026-12', null);
    const rate = (rows: Row[]) => {
      const decided = rows.filter((r) => r.counted !== null);
      return decided.length ? decided.filter((r) => r.counted).length / decided.length : null;
    };
    const activation = await evidence('ACTIVATION', '2026-01', '2026-12');
    expect(activation.totalRows).toBe(got.activationByCohort.reduce((n, c) => n + c.started, 0));
    close(got.totals.activationRate, rate(activation.rows));
    close(got.totals.phaseOnTimeRate, rate((await evidence('PHASE_ON_TIME', '2026-01', '2026-12')).rows));
    const plans = (await evidence('CAPACITY', '2026-01', '2026-12')).rows;
    close(
      got.totals.capacityUtilization,
      capacityUtilization(plans.map((r) => ({ slotsOffered: r.value!, slotsConsumed: r.value2! }))),
    );
    const answers = (await evidence('SURVEYS', '2026-01', '2026-12')).rows;
    expect(answers).toHaveLength(got.totals.surveyAnswers!);
    close(got.totals.nps, nps(answers.map((r) => ({ nps: r.value2 }))));
    const projects = (await evidence('ESCALATIONS', '2026-01', '2026-12')).rows;
    close(got.totals.escalationsPerProject, escalationsPerProject(projects.map((r) => ({ escalations: r.value! }))));
    const risky = (await evidence('AT_RISK', '2026-01', '2026-12')).rows;
    expect(risky.filter((r) => r.label === 'OVERDUE')).toHaveLength(got.totals.overdue!);
    expect(risky.filter((r) => r.label === 'AT_RISK')).toHaveLength(got.totals.atRisk!);
  });

  it('lists one cohort month’s rows for that month’s figure, and one firm’s for its own', async () => {
    const got = await dashboard('2026-01', '2026-12', firms[0].id);
    const cohort = got.activationByCohort[0];
    const rows = await evidence('ACTIVATION', '2026-01', '2026-12', firms[0].id, cohort.month);
    expect(rows.totalRows).toBe(cohort.started);
    expect(rows.rows.every((r) => r.month === cohort.month && r.partnerId === firms[0].id)).toBe(true);
  });
});

describe('cost of a dashboard', () => {
  it('is a fixed number of SQL statements, whatever the period, the firm or the rows', async () => {
    const statements = async (from: string, to: string, firm: string | null) => {
      const before = env.sqlStatements();
      await dashboard(from, to, firm);
      return env.sqlStatements() - before;
    };
    const counts = [
      await statements('2026-01', '2026-12', null),
      await statements('2026-09', '2026-09', null),
      await statements('2024-01', '2026-12', firms[1].id),
    ];
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(12);
  });
});

describe('scorecard of a firm', () => {
  it('a partner user gets its own firm’s figures, equal to the vendor’s view of that firm', async () => {
    const own = await dashboard('2026-01', '2026-12', null, partnerA);
    const vendorView = await dashboard('2026-01', '2026-12', env.fx.partnerA.id);
    expect(own).toEqual(vendorView);
    const rows = await evidence('PHASE_ON_TIME', '2026-01', '2026-12', null, undefined, partnerA);
    expect(rows.rows.every((r) => r.partnerId === env.fx.partnerA.id)).toBe(true);
  });

  it('refuses a partner user asking for another firm', async () => {
    const res = await partnerA.request(DASHBOARD, { f: '2026-01', t: '2026-12', p: env.fx.partnerB.id });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('refuses a reversed or too long period with a message in the caller’s language', async () => {
    const ja = await env.clientAs('vendorStaff', 'ja');
    const res = await ja.request(DASHBOARD, { f: '2026-05', t: '2026-02', p: null });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'toMonth', message: '終了月は開始月以降にし、期間は最大36か月にしてください。' },
    ]);
    const long = await admin.request(DASHBOARD, { f: '2024-01', t: '2027-01', p: null });
    expect(long.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toMatch(/at most 36 months/);
  });
});

describe('roll-ups of the program dashboard', () => {
  const rollups = () => env.app.get(KpiRollupService);
  const clock = () => env.app.get(Clock);
  const withoutTime = ({ figuresAsOf: _asOf, ...rest }: Dashboard) => rest;
  afterEach(() => clock().set(new Date(`${TODAY}T09:00:00Z`)));

  it('give the same figures and rows as the live SQL for every period, stamped with their time', async () => {
    const live = [];
    for (const [from, to] of PERIODS) live.push(await dashboard(from, to, null));
    expect(live.every((d) => d.figuresAsOf === null)).toBe(true);
    const state = await rollups().refresh();
    expect(state?.asOfDay).toBe(TODAY);
    for (const [i, [from, to]] of PERIODS.entries()) {
      const rolled = await dashboard(from, to, null);
      expect(rolled.figuresAsOf).toBe(new Date(state!.refreshedAt).toISOString());
      expect(withoutTime(rolled)).toEqual(withoutTime(live[i]));
    }
  });

  it('serve the program until the next rebuild, while a firm’s figures stay live', async () => {
    await rollups().refresh();
    const before = await dashboard('2026-01', '2026-12', null);
    const firmBefore = await dashboard('2026-01', '2026-12', firms[0].id);
    const [phase] = await env.db.query(
      `SELECT ph.id FROM project_phase ph WHERE ph.partner_id = $1 AND ph.completed_on IS NULL
          AND ph.due_date BETWEEN '2026-11-24' AND '2026-12-31' ORDER BY ph.due_date LIMIT 1`,
      [firms[0].id],
    );
    await env.db.query(`UPDATE project_phase SET completed_on = $2, summary = 'done' WHERE id = $1`, [phase.id, TODAY]);

    expect(await dashboard('2026-01', '2026-12', null)).toEqual(before);
    const firmAfter = await dashboard('2026-01', '2026-12', firms[0].id);
    expect(firmAfter.figuresAsOf).toBeNull();
    expect(firmAfter.totals.phaseOnTimeRate).not.toBe(firmBefore.totals.phaseOnTimeRate);

    await rollups().refresh();
    const after = await dashboard('2026-01', '2026-12', null);
    expect(after.figuresAsOf).not.toBe(before.figuresAsOf);
    expect(after.phaseOnTimeByPartner.find((r) => r.partnerId === firms[0].id)).toEqual(
      firmAfter.phaseOnTimeByPartner[0],
    );
  });

  it('are not used on another day than the one they counted: the dashboard reads live', async () => {
    await rollups().refresh();
    clock().set(new Date('2026-11-24T00:30:00Z'));
    const nextDay = await dashboard('2026-01', '2026-12', null);
    expect(nextDay.figuresAsOf).toBeNull();
    await rollups().refresh();
    expect((await dashboard('2026-01', '2026-12', null)).figuresAsOf).not.toBeNull();
  });
});
