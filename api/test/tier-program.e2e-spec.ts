import { evidenceFromRows, tierEvidenceRows, unmetThresholds, type TierRule } from '@baton/shared';
import { Clock } from '../src/common/clock';
import { evidenceRows } from '../src/tiers/evidence-rows';
import { lastThreeMonths } from '../src/tiers/tier-standing.service';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

const TODAY = '2026-11-23';
let env: TestEnvironment;
let admin: GraphQLClient;
let auditor: GraphQLClient;

beforeAll(async () => {
  env = await createTestEnvironment();
  env.app.get(Clock).set(new Date(`${TODAY}T09:00:00Z`));
  admin = await env.clientAs('vendorAdmin');
  auditor = await env.clientAs('auditor');
  // Partner A: two projects finished in March 2026, one open since September with a late phase.
  await project(env.fx.partnerA, '2026-01-05', '2026-03-05');
  await project(env.fx.partnerA, '2026-01-12', '2026-03-20');
  await project(env.fx.partnerA, '2026-09-01', null);
  await project(env.fx.partnerB, '2026-01-05', '2026-03-25');
  for (const [m, slots] of [
    ['2026-08-01', 3],
    ['2026-09-01', 5],
    ['2026-10-01', 4],
  ] as const)
    await env.db.query(
      `INSERT INTO capacity_plan (partner_id, month, product_line, slots_offered) VALUES ($1, $2, 'HR', $3)`,
      [env.fx.partnerA.id, m, slots],
    );
}, 120_000);
afterAll(() => env.close());

/** A project whose every phase is done by `finished` (null: the first phase only, four days late). */
async function project(firm: { id: string }, startDate: string, finished: string | null) {
  const p = await env.fx.createProject(firm as never, { startDate });
  const phases: { id: string; due: string }[] = await env.db.query(
    `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due FROM project_phase WHERE project_id = $1 ORDER BY position`,
    [p.id],
  );
  if (finished === null) {
    await env.db.query(`UPDATE project_phase SET completed_on = due_date + 4, summary = 'late' WHERE id = $1`, [
      phases[0].id,
    ]);
    return p;
  }
  for (const [n, phase] of phases.entries())
    await env.db.query(`UPDATE project_phase SET completed_on = $2, summary = 'done' WHERE id = $1`, [
      phase.id,
      n === phases.length - 1 ? finished : startDate,
    ]);
  return p;
}

describe('review cycles', () => {
  it('open one review per active partner over the period, with one audit entry; progress counts decisions', async () => {
    const audits = async () => Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n);
    const [{ active }] = await env.db.query(`SELECT count(*)::int AS active FROM partner WHERE status = 'ACTIVE'`);
    const before = await audits();
    const res = await admin.request<{ openReviewCycle: { __typename: string; id: string; reviewCount: number } }>(
      `mutation ($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) {
         __typename ... on ReviewCycle { id reviewCount finalizedCount } } }`,
      { i: { name: '2026 Q3', periodFrom: '2026-07-01', periodTo: '2026-09-30' } },
    );
    const cycle = res.data!.openReviewCycle;
    expect(cycle).toMatchObject({ __typename: 'ReviewCycle', reviewCount: active, finalizedCount: 0 });
    expect(await audits()).toBe(before + 1);
    const reviews = await auditor.request<{ tierReviews: { id: string; partner: { status: string } }[] }>(
      `query ($c: ID!) { tierReviews(cycleId: $c, status: OPEN) { id partner { status } } }`,
      { c: cycle.id },
    );
    expect(reviews.data!.tierReviews).toHaveLength(active);
    expect(reviews.data!.tierReviews.every((r) => r.partner.status === 'ACTIVE')).toBe(true);
    await auditor.request(`mutation ($i: DecideTierReviewInput!) { decideTierReview(input: $i) { __typename } }`, {
      i: { reviewId: reviews.data!.tierReviews[0].id, decision: 'APPROVED', effectiveFrom: TODAY },
    });
    const list = await auditor.request<{ reviewCycles: { id: string; finalizedCount: number }[] }>(
      `{ reviewCycles { id finalizedCount } }`,
    );
    expect(list.data!.reviewCycles.find((c) => c.id === cycle.id)!.finalizedCount).toBe(1);
  });

  it('refuse a period that ends before it starts, in the caller’s language', async () => {
    const ja = await env.clientAs('vendorAdmin', 'ja');
    const res = await ja.request(`mutation ($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { __typename } }`, {
      i: { name: 'x', periodFrom: '2026-09-30', periodTo: '2026-07-01' },
    });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'periodTo', message: '対象期間の終了日は開始日以降にしてください。' },
    ]);
  });
});

const TIERS = `tier nameEn nameJa minOnTimeRate maxEscalationsPerProject minAutonomousShare minValueShare
  minMeanSlots minSlotStability rewardRate`;
type Tier = Record<string, number | string | null> & { tier: number; rewardRate: number };
const currentTiers = async () =>
  (await admin.request<{ tierDefinitions: Tier[] }>(`{ tierDefinitions { ${TIERS} } }`)).data!.tierDefinitions;
const publish = (client: GraphQLClient, effectiveFrom: string, tiers: Tier[]) =>
  client.request<{ publishTierDefinitions: { __typename: string; version?: number; message?: string } }>(
    `mutation ($i: PublishTierDefinitionsInput!) { publishTierDefinitions(input: $i) {
       __typename ... on TierDefinitionSet { version effectiveFrom } ... on ErrorResult { errorCode message } } }`,
    { i: { effectiveFrom, tiers } },
  );

describe('tier definitions', () => {
  it('editing writes a new version from its date; earlier reviews keep theirs', async () => {
    const old = await currentTiers();
    const review = await admin.request<{ openTierReview: { id: string } }>(
      `mutation ($i: OpenTierReviewInput!) { openTierReview(input: $i) { ... on TierReview { id } } }`,
      { i: { partnerId: env.fx.partnerA.id, periodFrom: '2026-08-01', periodTo: '2026-10-31' } },
    );
    const edited = old.map((t) => ({ ...t, rewardRate: t.rewardRate + 0.5 }));
    const res = await publish(admin, '2026-12-01', edited);
    expect(res.data!.publishTierDefinitions).toMatchObject({ __typename: 'TierDefinitionSet', version: 2 });
    expect((await currentTiers()).map((t) => t.rewardRate)).toEqual(old.map((t) => t.rewardRate));

    env.app.get(Clock).set(new Date('2026-12-02T09:00:00Z'));
    try {
      expect((await currentTiers()).map((t) => t.rewardRate)).toEqual(edited.map((t) => t.rewardRate));
      const kept = await auditor.request<{ tierReview: { definitions: { rewardRate: number }[] } }>(
        `query ($id: ID!) { tierReview(id: $id) { definitions { rewardRate } } }`,
        { id: review.data!.openTierReview.id },
      );
      expect(kept.data!.tierReview.definitions.map((t) => t.rewardRate)).toEqual(old.map((t) => t.rewardRate));
    } finally {
      env.app.get(Clock).set(new Date(`${TODAY}T09:00:00Z`));
    }
    const sets = await admin.request<{ tierDefinitionSets: { version: number; tiers: unknown[] }[] }>(
      `{ tierDefinitionSets { version tiers { tier } } }`,
    );
    expect(sets.data!.tierDefinitionSets.map((s) => [s.version, s.tiers.length])).toEqual([
      [2, 5],
      [1, 5],
    ]);
  });

  it('refuses a date in the past, missing or doubled tiers and rates out of range, writing nothing', async () => {
    const tiers = await currentTiers();
    const ja = await env.clientAs('vendorAdmin', 'ja');
    const past = await publish(ja, '2026-11-01', tiers);
    expect(past.data!.publishTierDefinitions).toMatchObject({
      __typename: 'EffectiveDateInPastError',
      message: '2026-11-01 は過去の日付です。ティア定義の新しい版は今日以降から適用してください。',
    });
    const doubled = await publish(admin, '2027-01-01', [...tiers.slice(0, 4), { ...tiers[0] }]);
    expect(doubled.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'tiers', message: 'Define tiers 1 to 5, each exactly once.' },
    ]);
    const rate = await publish(admin, '2027-01-01', [{ ...tiers[0], minOnTimeRate: 1.5 }, ...tiers.slice(1)]);
    expect(rate.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'tiers.0.minOnTimeRate', message: 'Phase on-time rate must be at most 1.' },
    ]);
    const [{ n }] = await env.db.query(`SELECT count(*)::int AS n FROM tier_definition_set`);
    expect(n).toBe(2);
  });
});

describe('evidence drill-down and the partner’s standing', () => {
  it('the rows beneath a review rebuild its frozen evidence while the data is unchanged', async () => {
    const opened = await admin.request<{ openTierReview: { id: string; evidence: Record<string, number | null> } }>(
      `mutation ($i: OpenTierReviewInput!) { openTierReview(input: $i) { ... on TierReview { id
         evidence { onTimeRate escalationsPerProject autonomousShare valueShare meanSlots slotStability
                    projectsStarted projectsFinished phasesDecided } } } }`,
      { i: { partnerId: env.fx.partnerA.id, periodFrom: '2026-01-01', periodTo: '2026-10-31' } },
    );
    const review = opened.data!.openTierReview;
    const rows = await auditor.request<{
      tierReviewRows: { projects: { customerName: string; finishedInPeriod: boolean }[]; totals: unknown };
    }>(
      `query ($id: ID!) { tierReviewRows(reviewId: $id) { projects { customerName finishedInPeriod }
         months { month slotsOffered } totals { onTimeRate escalationsPerProject autonomousShare valueShare
         meanSlots slotStability projectsStarted projectsFinished phasesDecided } } }`,
      { id: review.id },
    );
    const drill = rows.data!.tierReviewRows;
    expect(drill.totals).toEqual(review.evidence);
    expect(drill.projects.filter((p) => p.finishedInPeriod)).toHaveLength(2);
    expect(drill.projects.every((p) => p.customerName.length > 0)).toBe(true);
    const b = await env.clientAs('partnerBAdmin');
    const hidden = await b.request<{ tierReviewRows: unknown }>(
      `query ($id: ID!) { tierReviewRows(reviewId: $id) { totals { onTimeRate } } }`,
      { id: review.id },
    );
    expect(hidden.data!.tierReviewRows).toBeNull();
  });

  it('a partner sees its tier, its last three months and exactly what the next tier still needs', async () => {
    await env.db.query(`UPDATE partner SET tier = 2 WHERE id = $1`, [env.fx.partnerA.id]);
    const a = await env.clientAs('partnerAMember');
    const res = await a.request<{
      tierStanding: {
        tier: number;
        nextTier: number;
        periodFrom: string;
        periodTo: string;
        gaps: { component: string; required: number; actual: number | null; gap: number | null }[];
      };
    }>(
      `query ($p: ID!) { tierStanding(partnerId: $p) { tier nextTier periodFrom periodTo
         gaps { component required actual gap } } }`,
      { p: env.fx.partnerA.id },
    );
    const standing = res.data!.tierStanding;
    expect(standing).toMatchObject({ tier: 2, nextTier: 3, periodFrom: '2026-08-01', periodTo: '2026-10-31' });
    expect(lastThreeMonths('2026-01-15')).toEqual({ from: '2025-10-01', to: '2025-12-31' });

    const rows = await evidenceRows(env.db.manager, env.fx.partnerA.id, '2026-08-01', '2026-10-31', TODAY);
    const evidence = evidenceFromRows(tierEvidenceRows(rows));
    const [rule]: { thresholds: TierRule['thresholds'] }[] = await env.db.query(
      `SELECT json_build_object('onTimeRate', min_on_time_rate, 'escalationsPerProject', max_escalations_per_project,
         'autonomousShare', min_autonomous_share, 'valueShare', min_value_share, 'meanSlots', min_mean_slots,
         'slotStability', min_slot_stability) AS thresholds
         FROM tier_definition d JOIN tier_definition_set s ON s.id = d.set_id WHERE s.version = 1 AND d.tier = 3`,
    );
    const expected = unmetThresholds(evidence, { tier: 3, thresholds: rule.thresholds });
    expect(expected.length).toBeGreaterThan(0);
    expect(standing.gaps).toEqual(expected);

    const b = await env.clientAs('partnerBAdmin');
    const other = await b.request<{ tierStanding: unknown }>(
      `query ($p: ID!) { tierStanding(partnerId: $p) { tier } }`,
      { p: env.fx.partnerA.id },
    );
    expect(other.data!.tierStanding).toBeNull();
  });
});

describe('statements', () => {
  const STATEMENTS = `query ($m: String!) { partnerStatements(month: $m) { partnerId month baseFee completedCount total
    lines { customerName completedOn tier rewardRate amount } } }`;
  type Statement = {
    partnerId: string;
    total: number;
    completedCount: number;
    lines: { completedOn: string; tier: number; rewardRate: number; amount: number }[];
  };

  it('price each completed onboarding by the tier held on its completion day', async () => {
    await env.db.query(
      `INSERT INTO partner_tier_change (partner_id, tier, previous_tier, effective_from) VALUES ($1, 3, 1, '2026-03-10')`,
      [env.fx.partnerA.id],
    );
    const res = await admin.request<{ partnerStatements: Statement[] }>(STATEMENTS, { m: '2026-03' });
    const a = res.data!.partnerStatements.find((s) => s.partnerId === env.fx.partnerA.id)!;
    expect(a.lines.map((l) => [l.completedOn, l.tier, l.rewardRate, l.amount])).toEqual([
      ['2026-03-05', 1, 1, 100000],
      ['2026-03-20', 3, 1.1, 110000],
    ]);
    expect(a).toMatchObject({ completedCount: 2, total: 210000 });
    expect(res.data!.partnerStatements.find((s) => s.partnerId === env.fx.partnerB.id)!.total).toBe(100000);
  });

  it('follow the base fee a vendor admin sets (audited); a partner sees only its own', async () => {
    const audits = async () => Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n);
    const before = await audits();
    const set = await admin.request<{ updateStatementSettings: { baseFee: number } }>(
      `mutation { updateStatementSettings(input: { baseFee: 80000 }) { baseFee } }`,
    );
    expect(set.data!.updateStatementSettings.baseFee).toBe(80000);
    expect(await audits()).toBe(before + 1);
    const b = await env.clientAs('partnerBAdmin');
    const own = await b.request<{ partnerStatements: Statement[] }>(STATEMENTS, { m: '2026-03' });
    expect(own.data!.partnerStatements).toHaveLength(1);
    expect(own.data!.partnerStatements[0]).toMatchObject({ partnerId: env.fx.partnerB.id, total: 80000 });
    const asked = await b.request<{ partnerStatements: Statement[] }>(
      `query ($m: String!, $p: ID) { partnerStatements(month: $m, partnerId: $p) { partnerId } }`,
      { m: '2026-03', p: env.fx.partnerA.id },
    );
    expect(asked.data!.partnerStatements).toEqual([]);
    const bad = await admin.request(`mutation { updateStatementSettings(input: { baseFee: -1 }) { baseFee } }`);
    expect(bad.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'baseFee', message: 'Base fee must be at least 0.' },
    ]);
  });

  it('list an onboarding in the month its last phase was completed, only once every phase is', async () => {
    const firm = await env.fx.createPartner();
    /** A project whose phases were completed on these days, in order (null: still open). */
    const completed = async (days: (string | null)[]) => {
      const p = await env.fx.createProject(firm, { startDate: '2026-04-01' });
      const phases: { id: string }[] = await env.db.query(
        `SELECT id FROM project_phase WHERE project_id = $1 ORDER BY position`,
        [p.id],
      );
      for (const [n, phase] of phases.entries())
        await env.db.query(`UPDATE project_phase SET completed_on = $2 WHERE id = $1`, [
          phase.id,
          days[Math.min(n, days.length - 1)],
        ]);
      return p;
    };
    const monthEnd = await completed(['2026-04-10', '2026-05-31']);
    const monthStart = await completed(['2026-04-20', '2026-05-01']);
    const outOfOrder = await completed(['2026-05-20', '2026-04-15']);
    const finishedInJune = await completed(['2026-05-10', '2026-06-01']);
    await completed(['2026-05-10', null]); // still open: in no month
    const finishedInApril = await completed(['2026-04-10', '2026-04-30']);
    const lines = async (m: string) =>
      (
        await admin.request<{
          partnerStatements: { partnerId: string; lines: { customerName: string; completedOn: string }[] }[];
        }>(`query ($m: String!) { partnerStatements(month: $m) { partnerId lines { customerName completedOn } } }`, {
          m,
        })
      ).data!.partnerStatements.find((s) => s.partnerId === firm.id)?.lines ?? [];
    const name = async (p: { customerId: string }) =>
      (await env.db.query(`SELECT company_name AS n FROM customer_account WHERE id = $1`, [p.customerId]))[0].n;
    expect(await lines('2026-05')).toEqual([
      { customerName: await name(monthStart), completedOn: '2026-05-01' },
      { customerName: await name(outOfOrder), completedOn: '2026-05-20' },
      { customerName: await name(monthEnd), completedOn: '2026-05-31' },
    ]);
    expect(await lines('2026-06')).toEqual([{ customerName: await name(finishedInJune), completedOn: '2026-06-01' }]);
    expect(await lines('2026-04')).toEqual([{ customerName: await name(finishedInApril), completedOn: '2026-04-30' }]);
  });
});
