import { addDays, tierEvidence, tierMet, type EvidenceInput } from '@baton/shared';
import { Clock } from '../src/common/clock';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

const TODAY = '2026-11-23';
const FROM = '2026-07-01';
const TO = '2026-10-31';
let env: TestEnvironment;
let admin: GraphQLClient;
let auditor: GraphQLClient;

beforeAll(async () => {
  env = await createTestEnvironment();
  env.app.get(Clock).set(new Date(`${TODAY}T09:00:00Z`));
  admin = await env.clientAs('vendorAdmin');
  auditor = await env.clientAs('auditor');
  await generate(env.fx.partnerA);
  await generate(env.fx.partnerB);
}, 120_000);
afterAll(() => env.close());

/** Projects over the months before TODAY: phases on time or late, escalations, reopenings, usage, offers. */
async function generate(firm: { id: string }) {
  const db = env.db;
  for (let i = 0; i < 8; i++) {
    const startDate = addDays('2026-05-04', i * 17);
    const project = await env.fx.createProject(firm as never, { startDate });
    const phases: { id: string; due: string }[] = await db.query(
      `SELECT id, to_char(due_date, 'YYYY-MM-DD') AS due FROM project_phase WHERE project_id = $1 ORDER BY position`,
      [project.id],
    );
    for (const [n, phase] of phases.entries()) {
      const on = addDays(phase.due, (i + n) % 3 === 0 ? 4 : -1);
      if (on > TODAY || n > 3 + (i % 3)) break;
      await db.query(`UPDATE project_phase SET completed_on = $2, summary = 'done' WHERE id = $1`, [phase.id, on]);
    }
    for (let e = 0; e < (i === 5 ? 0 : i % 3); e++)
      await db.query(
        `INSERT INTO escalation (project_id, partner_id, category, subject) VALUES ($1, $2, 'DEFECT', 'help')`,
        [project.id, firm.id],
      );
    if (i % 4 === 3)
      await db.query(
        `INSERT INTO project_event (project_id, partner_id, kind, detail, by_email) VALUES ($1, $2, 'PHASE_REOPENED', 'x', 'staff@vendor.test')`,
        [project.id, firm.id],
      );
    for (let day = 0; day < 160; day += 14)
      if (addDays(startDate, day) <= TODAY)
        await db.query(
          `INSERT INTO usage_snapshot (customer_id, taken_on, utilization, source) VALUES ($1, $2, $3, 'API')`,
          [project.customerId, addDays(startDate, day), Math.min(100, Math.round(20 + day * (i % 2 ? 0.2 : 0.6)))],
        );
  }
  for (const [m, slots] of [
    ['2026-07-01', 6],
    ['2026-08-01', 4],
    ['2026-09-01', 6],
    ['2026-10-01', 5],
  ] as const)
    await db.query(
      `INSERT INTO capacity_plan (partner_id, month, product_line, slots_offered) VALUES ($1, $2, 'HR', $3)`,
      [firm.id, m, slots],
    );
}

/** The rows of a firm, read plainly for the libs function. */
async function rowsOf(partnerId: string, threshold = 60): Promise<EvidenceInput> {
  const db = env.db;
  const projects: { id: string; customerId: string; startDate: string }[] = await db.query(
    `SELECT id, customer_id AS "customerId", to_char(start_date, 'YYYY-MM-DD') AS "startDate"
       FROM onboarding_project WHERE partner_id = $1`,
    [partnerId],
  );
  const phases = await db.query(
    `SELECT project_id AS "projectId", position, to_char(due_date, 'YYYY-MM-DD') AS "dueDate",
            to_char(completed_on, 'YYYY-MM-DD') AS "completedOn" FROM project_phase WHERE partner_id = $1`,
    [partnerId],
  );
  const escalations: { projectId: string }[] = await db.query(`SELECT project_id AS "projectId" FROM escalation`);
  const reopened: { projectId: string }[] = await db.query(
    `SELECT project_id AS "projectId" FROM project_event WHERE kind = 'PHASE_REOPENED'`,
  );
  return {
    from: FROM,
    to: TO,
    today: TODAY,
    activationThreshold: threshold,
    projects: projects.map((p) => ({
      ...p,
      phases: phases.filter((ph: { projectId: string }) => ph.projectId === p.id),
      escalations: escalations.filter((e) => e.projectId === p.id).length,
      reopened: reopened.some((r) => r.projectId === p.id),
    })),
    snapshots: await db.query(
      `SELECT customer_id AS "customerId", to_char(taken_on, 'YYYY-MM-DD') AS "takenOn", utilization FROM usage_snapshot`,
    ),
    offers: await db.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, slots_offered AS "slotsOffered" FROM capacity_plan WHERE partner_id = $1`,
      [partnerId],
    ),
  };
}

const REVIEW = `id status proposedTier previousTier decidedTier decision reason effectiveFrom partner { id name }
  evidence { onTimeRate escalationsPerProject autonomousShare valueShare meanSlots slotStability projectsStarted projectsFinished phasesDecided }`;
const RESULT = `__typename ... on TierReview { ${REVIEW} } ... on ErrorResult { errorCode message }`;
type Review = {
  id: string;
  status: string;
  proposedTier: number;
  decidedTier: number | null;
  evidence: Record<string, number | null>;
};

const open = async (partnerId: string) => {
  const res = await admin.request<{ openTierReview: Review & { __typename: string } }>(
    `mutation ($i: OpenTierReviewInput!) { openTierReview(input: $i) { ${RESULT} } }`,
    { i: { partnerId, periodFrom: FROM, periodTo: TO } },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.openTierReview;
};
const decide = (input: Record<string, unknown>, client = auditor) =>
  client.request<{ decideTierReview: Review & { __typename: string; errorCode?: string; message?: string } }>(
    `mutation ($i: DecideTierReviewInput!) { decideTierReview(input: $i) { ${RESULT} } }`,
    { i: { effectiveFrom: TODAY, ...input } },
  );

describe('the evidence of a review', () => {
  it('equals what the KPI functions give on its rows, and proposes the tier those numbers meet', async () => {
    const review = await open(env.fx.partnerA.id);
    const expected = tierEvidence(await rowsOf(env.fx.partnerA.id));
    for (const [key, value] of Object.entries(expected))
      value === null ? expect(review.evidence[key]).toBeNull() : expect(review.evidence[key]).toBeCloseTo(value, 9);
    expect(expected.projectsFinished).toBeGreaterThan(0);
    expect(expected.escalationsPerProject).toBeGreaterThan(0);
    expect(expected.autonomousShare).toBeGreaterThan(0);
    expect(expected.autonomousShare).toBeLessThan(1);

    const [definitions]: { rules: { tier: number; thresholds: Record<string, number | null> }[] }[] =
      await env.db.query(
        `SELECT json_agg(json_build_object('tier', tier, 'thresholds', json_build_object(
         'onTimeRate', min_on_time_rate, 'escalationsPerProject', max_escalations_per_project,
         'autonomousShare', min_autonomous_share, 'valueShare', min_value_share,
         'meanSlots', min_mean_slots, 'slotStability', min_slot_stability))) AS rules FROM tier_definition`,
      );
    expect(review.proposedTier).toBe(tierMet(expected, definitions.rules as never));
  });

  it('stays frozen when the rows change after finalization', async () => {
    const review = await open(env.fx.partnerB.id);
    expect((await decide({ reviewId: review.id, decision: 'APPROVED' })).data!.decideTierReview.status).toBe(
      'FINALIZED',
    );
    await env.db.query(
      `UPDATE project_phase SET completed_on = due_date, summary = 'late fix' WHERE partner_id = $1 AND completed_on IS NULL AND due_date <= $2`,
      [env.fx.partnerB.id, TO],
    );
    const again = await auditor.request<{ tierReview: Review }>(
      `query ($id: ID!) { tierReview(id: $id) { ${REVIEW} } }`,
      {
        id: review.id,
      },
    );
    expect(again.data!.tierReview.evidence).toEqual(review.evidence);
    const fresh = tierEvidence(await rowsOf(env.fx.partnerB.id));
    expect(fresh.onTimeRate).not.toBeCloseTo(review.evidence.onTimeRate!, 5);
  });
});

describe('deciding a review', () => {
  it('approving finalizes it, sets the firm’s tier and writes the tier history and one audit entry', async () => {
    const review = await open(env.fx.partnerA.id);
    const audits = async () => Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n);
    const before = await audits();
    const res = await decide({ reviewId: review.id, decision: 'APPROVED' });
    expect(res.data!.decideTierReview).toMatchObject({
      status: 'FINALIZED',
      decision: 'APPROVED',
      decidedTier: review.proposedTier,
    });
    expect(await audits()).toBe(before + 1);
    const [partner] = await env.db.query(`SELECT tier FROM partner WHERE id = $1`, [env.fx.partnerA.id]);
    expect(partner.tier).toBe(review.proposedTier);
    const history = await admin.request<{ partnerTierHistory: { tier: number; effectiveFrom: string }[] }>(
      `query ($p: ID!) { partnerTierHistory(partnerId: $p) { tier effectiveFrom } }`,
      { p: env.fx.partnerA.id },
    );
    expect(history.data!.partnerTierHistory[0]).toEqual({ tier: review.proposedTier, effectiveFrom: TODAY });
  });

  it('an override needs a tier and a written reason, in the caller’s language; then it wins', async () => {
    const review = await open(env.fx.partnerA.id);
    const later = await decide({ reviewId: review.id, decision: 'APPROVED', effectiveFrom: '2026-11-24' });
    expect(later.data!.decideTierReview).toMatchObject({
      __typename: 'DateInFutureError',
      message: '2026-11-24 is in the future: enter today or an earlier date.',
    });
    const ja = await env.clientAs('auditor', 'ja');
    const refused = await decide({ reviewId: review.id, decision: 'OVERRIDDEN', tier: 5 }, ja);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'decision', message: '変更する場合はティア（1〜5）と理由を入力してください。' },
    ]);
    const tier = review.proposedTier === 5 ? 4 : 5;
    const res = await decide({ reviewId: review.id, decision: 'OVERRIDDEN', tier, reason: 'Audit of the files' });
    expect(res.data!.decideTierReview).toMatchObject({
      decision: 'OVERRIDDEN',
      decidedTier: tier,
      reason: 'Audit of the files',
    });
    const second = await decide({ reviewId: review.id, decision: 'APPROVED' });
    expect(second.data!.decideTierReview).toMatchObject({
      __typename: 'TierReviewFinalizedError',
      errorCode: 'TIER_REVIEW_FINALIZED',
    });
  });

  it('the database refuses any update or delete of a finalized review, and any change of the tier history', async () => {
    const review = await open(env.fx.partnerA.id);
    await env.db.query(`UPDATE tier_review SET proposed_tier = proposed_tier WHERE id = $1`, [review.id]);
    await decide({ reviewId: review.id, decision: 'APPROVED' });
    await expect(env.db.query(`UPDATE tier_review SET decided_tier = 1 WHERE id = $1`, [review.id])).rejects.toThrow(
      /finalized/,
    );
    await expect(env.db.query(`DELETE FROM tier_review WHERE id = $1`, [review.id])).rejects.toThrow(/finalized/);
    await expect(env.db.query(`UPDATE partner_tier_change SET tier = 5`)).rejects.toThrow(/append-only/);
  });
});

describe('isolation', () => {
  it('partner B sees none of partner A’s reviews or tier history; partner A sees its own', async () => {
    const review = await open(env.fx.partnerA.id);
    const b = await env.clientAs('partnerBAdmin');
    const list = await b.request<{ tierReviews: { partner: { id: string } }[] }>(`{ tierReviews { partner { id } } }`);
    expect(list.data!.tierReviews.every((r) => r.partner.id === env.fx.partnerB.id)).toBe(true);
    const byId = await b.request<{ tierReview: unknown }>(`query ($id: ID!) { tierReview(id: $id) { id } }`, {
      id: review.id,
    });
    expect(byId.data!.tierReview).toBeNull();
    const history = await b.request<{ partnerTierHistory: unknown[] }>(
      `query ($p: ID!) { partnerTierHistory(partnerId: $p) { tier } }`,
      { p: env.fx.partnerA.id },
    );
    expect(history.data!.partnerTierHistory).toEqual([]);
    const a = await env.clientAs('partnerAMember');
    const own = await a.request<{ tierReviews: { partner: { id: string } }[] }>(`{ tierReviews { partner { id } } }`);
    expect(own.data!.tierReviews.length).toBeGreaterThan(0);
  });
});
