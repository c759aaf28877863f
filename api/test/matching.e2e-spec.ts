import { randomUUID } from 'node:crypto';
import { currentMonth } from '../src/capacity/month';
import { PartnerKind, PartnerStatus, type Partner } from '../src/partners/partner.entity';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let staff: GraphQLClient;
beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.clientAs('vendorStaff');
});
afterAll(() => env.close());

const month = currentMonth();
let seq = 0;

/** A firm with strengths, an optional certified lead and an optional offer for this month. */
async function firm(opts: {
  status?: PartnerStatus;
  tier?: number;
  strengths?: boolean;
  certified?: boolean;
  slots?: number;
  consumed?: number;
}) {
  const partner = await env.db.getRepository<Partner>('Partner').save({
    name: `Match Firm ${++seq}`,
    kind: PartnerKind.ACCOUNTING_FIRM,
    status: opts.status ?? PartnerStatus.ACTIVE,
    tier: opts.tier ?? null,
    industries: opts.strengths ? ['RETAIL'] : ['FINANCE'],
    regions: opts.strengths ? ['JP-27'] : ['JP-01'],
    productModules: opts.strengths ? ['ACCOUNTING'] : ['HR'],
  });
  const lead = await env.fx.createConsultant(partner);
  if (opts.certified !== false) await env.fx.createCertification(lead, 'ACCOUNTING');
  if (opts.slots !== undefined) {
    const plan = await env.fx.offer(partner, month, opts.slots);
    if (opts.consumed)
      await env.db.query(`UPDATE capacity_plan SET slots_consumed = $2 WHERE id = $1`, [plan.id, opts.consumed]);
  }
  return { partner, lead };
}

const retailCustomer = () =>
  env.fx.createCustomer({ industry: 'RETAIL', prefecture: 'JP-27', products: ['ACCOUNTING'] });

type Recs = {
  eligible: {
    partner: { id: string };
    score: number;
    freeSlots: number;
    components: { component: string; value: number; weight: number; points: number }[];
    certifiedConsultants: { id: string }[];
  }[];
  ineligible: { partner: { id: string }; reasons: string[] }[];
};
const recommend = async (customerId: string) =>
  (
    await staff.request<{ recommendations: Recs }>(
      `query ($c: ID!, $m: String!) { recommendations(customerId: $c, month: $m) {
         eligible { partner { id } score freeSlots components { component value weight points } certifiedConsultants { id } }
         ineligible { partner { id } reasons } } }`,
      { c: customerId, m: month },
    )
  ).data!.recommendations;

const WEIGHTS = {
  weightIndustry: 20,
  weightProducts: 20,
  weightCertified: 20,
  weightRegion: 15,
  weightTier: 15,
  weightCapacity: 10,
};
const setWeights = async (weights: typeof WEIGHTS) => {
  const admin = await env.clientAs('vendorAdmin');
  const res = await admin.request(
    `mutation ($i: UpdateAssignmentSettingsInput!) { updateAssignmentSettings(input: $i) { weightIndustry } }`,
    { i: { ...weights, declineWindowDays: 5 } },
  );
  expect(res.errors).toBeUndefined();
};

describe('recommendations', () => {
  it('successful: firms ranked by an explained fit; firms that cannot take the customer listed apart with why', async () => {
    const strong = await firm({ strengths: true, tier: 4, slots: 5, consumed: 4 });
    const weak = await firm({ tier: 1, slots: 5 });
    const suspended = await firm({ status: PartnerStatus.SUSPENDED, strengths: true, slots: 5 });
    const uncertified = await firm({ strengths: true, certified: false, slots: 5 });
    const full = await firm({ strengths: true, slots: 1, consumed: 1 });
    const customer = await retailCustomer();

    const recs = await recommend(customer.id);
    const ours = (id: string) => [strong, weak, suspended, uncertified, full].some((f) => f.partner.id === id);
    const eligible = recs.eligible.filter((r) => ours(r.partner.id));
    expect(eligible.map((r) => r.partner.id)).toEqual([strong.partner.id, weak.partner.id]);
    const [top] = eligible;
    expect(top.freeSlots).toBe(1);
    expect(top.certifiedConsultants).toEqual([{ id: strong.lead.id }]);
    expect(Object.fromEntries(top.components.map((c) => [c.component, c.value]))).toEqual({
      INDUSTRY: 1,
      PRODUCTS: 1,
      CERTIFIED: 0.33,
      REGION: 1,
      TIER: 0.75,
      CAPACITY: 0.2,
    });
    // The score is the weighted mean of the components, and the points add up to it.
    expect(top.score).toBeCloseTo((20 + 20 + 20 / 3 + 15 + 15 * 0.75 + 10 * 0.2) * (100 / 100), 1);
    expect(top.components.reduce((s, c) => s + c.points, 0)).toBeCloseTo(top.score, 0);

    const reasons = Object.fromEntries(
      recs.ineligible.filter((r) => ours(r.partner.id)).map((r) => [r.partner.id, r.reasons]),
    );
    expect(reasons).toEqual({
      [suspended.partner.id]: ['NOT_ACTIVE'],
      [uncertified.partner.id]: ['NO_CERTIFIED_CONSULTANT'],
      [full.partner.id]: ['NO_CAPACITY'],
    });
  });

  it('successful: the weights set by a vendor admin change the ranking', async () => {
    const strongButBusy = await firm({ strengths: true, tier: 5, slots: 10, consumed: 9 });
    const plainButFree = await firm({ tier: 1, slots: 10 });
    const customer = await retailCustomer();
    const order = async () =>
      (await recommend(customer.id)).eligible
        .map((r) => r.partner.id)
        .filter((id) => id === strongButBusy.partner.id || id === plainButFree.partner.id);
    expect(await order()).toEqual([strongButBusy.partner.id, plainButFree.partner.id]);
    await setWeights({
      weightIndustry: 0,
      weightProducts: 0,
      weightCertified: 0,
      weightRegion: 0,
      weightTier: 0,
      weightCapacity: 100,
    });
    expect(await order()).toEqual([plainButFree.partner.id, strongButBusy.partner.id]);
    await setWeights(WEIGHTS);
  });
});

type Proposal = {
  items: { customer: { id: string }; partner: { id: string }; leadConsultant: { id: string }; fit: number }[];
  unmatched: { customer: { id: string }; eligiblePartners: number }[];
  objective: number;
  greedyObjective: number;
};
const propose = async (customerIds: string[]) =>
  (
    await staff.request<{ autoAssignmentProposal: Proposal }>(
      `query ($m: String!, $ids: [ID!]) { autoAssignmentProposal(month: $m, customerIds: $ids) {
         items { customer { id } partner { id } leadConsultant { id } fit } unmatched { customer { id } eligiblePartners } objective greedyObjective } }`,
      { m: month, ids: customerIds },
    )
  ).data!.autoAssignmentProposal;
const APPLY = `mutation ($i: ApplyAssignmentsInput!) { applyAssignments(input: $i) {
  __typename ... on AppliedAssignments { batch { id total done state } assignments { id source status } }
  ... on BatchItemFailedError { index customerId reason message } ... on ErrorResult { errorCode } } }`;
const consumedOf = async (partnerId: string) =>
  (
    await env.db.query(`SELECT coalesce(sum(slots_consumed), 0)::int AS n FROM capacity_plan WHERE partner_id = $1`, [
      partnerId,
    ])
  )[0].n;
const queued = async (ids: string[]) =>
  (
    await env.db.query(`SELECT count(*)::int AS n FROM customer_account WHERE id = ANY($1) AND partner_id IS NULL`, [
      ids,
    ])
  )[0].n;

describe('auto-assignment', () => {
  it('successful: the proposal respects every capacity, is at least as good as greedy, and applies in one transaction', async () => {
    // Only these three firms are active: the earlier tests' firms must not take slots here.
    await env.db.query(`UPDATE partner SET status = 'SUSPENDED' WHERE status = 'ACTIVE'`);
    const firms = [
      await firm({ strengths: true, tier: 3, slots: 2 }),
      await firm({ tier: 2, slots: 3 }),
      await firm({ tier: 5, slots: 1 }),
    ];
    const customers: Awaited<ReturnType<typeof retailCustomer>>[] = [];
    for (let i = 0; i < 5; i++) customers.push(await retailCustomer());
    customers.push(await env.fx.createCustomer({ products: ['EXPENSE'] })); // nobody is certified for it
    for (let i = 0; i < 2; i++) customers.push(await retailCustomer());
    const ids = customers.map((c) => c.id);

    const proposal = await propose(ids);
    const perFirm = new Map<string, number>();
    for (const item of proposal.items) perFirm.set(item.partner.id, (perFirm.get(item.partner.id) ?? 0) + 1);
    expect(proposal.items.length).toBe(6); // 6 slots in all, 7 customers can be placed: every slot is used
    expect(firms.map((f) => perFirm.get(f.partner.id) ?? 0)).toEqual([2, 3, 1]);
    expect(new Set(proposal.items.map((i) => i.customer.id)).size).toBe(proposal.items.length);
    expect(proposal.objective).toBeCloseTo(
      proposal.items.reduce((s, i) => s + i.fit, 0),
      1,
    );
    expect(proposal.objective).toBeGreaterThanOrEqual(proposal.greedyObjective);
    const expense = proposal.unmatched.find((u) => u.customer.id === customers[5].id);
    expect(expense?.eligiblePartners).toBe(0);

    const batchId = randomUUID();
    const auditBefore = Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n);
    const res = await staff.request<{
      applyAssignments: { batch: Record<string, unknown>; assignments: { source: string }[] };
    }>(APPLY, {
      i: {
        batchId,
        month,
        items: proposal.items.map((i) => ({
          customerId: i.customer.id,
          partnerId: i.partner.id,
          leadConsultantId: i.leadConsultant.id,
        })),
      },
    });
    expect(res.data?.applyAssignments.batch).toEqual({
      id: batchId,
      total: proposal.items.length,
      done: proposal.items.length,
      state: 'DONE',
    });
    expect(new Set(res.data?.applyAssignments.assignments.map((a) => a.source))).toEqual(new Set(['AUTO']));
    const fits = await env.db.query(`SELECT fit FROM assignment WHERE customer_id = ANY($1)`, [ids]);
    expect(fits.map((f: { fit: number }) => f.fit).sort()).toEqual(proposal.items.map((i) => i.fit).sort());
    expect(await Promise.all(firms.map((f) => consumedOf(f.partner.id)))).toEqual([2, 3, 1]);
    const audit = await env.db.query(`SELECT action FROM audit_log_entry ORDER BY at DESC, id DESC LIMIT 2`);
    expect(Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n)).toBe(auditBefore + 1);
    expect(audit[0].action).toBe('assignment.applyBatch');
    const progress = await staff.request<{ assignmentBatch: Record<string, unknown> }>(
      `query ($id: ID!) { assignmentBatch(id: $id) { total done state } }`,
      { id: batchId },
    );
    expect(progress.data?.assignmentBatch).toEqual({
      total: proposal.items.length,
      done: proposal.items.length,
      state: 'DONE',
    });
    const other = await env.clientAs('vendorAdmin');
    const foreign = await other.request<{ assignmentBatch: unknown }>(
      `query ($id: ID!) { assignmentBatch(id: $id) { id } }`,
      {
        id: batchId,
      },
    );
    expect(foreign.data?.assignmentBatch).toBeNull();
  });

  it('failing: one refused item rolls the whole batch back and names the row', async () => {
    const a = await firm({ slots: 5 });
    const b = await firm({ slots: 5, certified: false });
    const customers = [await retailCustomer(), await retailCustomer(), await retailCustomer()];
    const batchId = randomUUID();
    const res = await staff.request<{ applyAssignments: Record<string, unknown> }>(APPLY, {
      i: {
        batchId,
        month,
        items: [
          { customerId: customers[0].id, partnerId: a.partner.id, leadConsultantId: a.lead.id },
          { customerId: customers[1].id, partnerId: b.partner.id, leadConsultantId: b.lead.id },
          { customerId: customers[2].id, partnerId: a.partner.id, leadConsultantId: a.lead.id },
        ],
      },
    });
    expect(res.data?.applyAssignments).toMatchObject({
      __typename: 'BatchItemFailedError',
      index: 1,
      customerId: customers[1].id,
      reason: 'CONSULTANT_NOT_CERTIFIED',
    });
    expect(await consumedOf(a.partner.id)).toBe(0);
    expect(await queued(customers.map((c) => c.id))).toBe(3);
    const [{ n }] = await env.db.query(`SELECT count(*)::int AS n FROM assignment WHERE customer_id = ANY($1)`, [
      customers.map((c) => c.id),
    ]);
    expect(n).toBe(0);
    const progress = await staff.request<{ assignmentBatch: Record<string, unknown> }>(
      `query ($id: ID!) { assignmentBatch(id: $id) { state done } }`,
      { id: batchId },
    );
    expect(progress.data?.assignmentBatch).toEqual({ state: 'FAILED', done: 1 });
  });

  it('failing: the same customer twice in one batch is refused as bad input', async () => {
    const customer = await retailCustomer();
    const item = { customerId: customer.id, partnerId: env.fx.partnerA.id, leadConsultantId: env.fx.partnerA.id };
    const res = await staff.request(APPLY, { i: { batchId: randomUUID(), month, items: [item, item] } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
