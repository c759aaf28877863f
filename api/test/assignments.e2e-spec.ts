import { currentMonth, monthsFrom } from '../src/capacity/month';
import { Clock } from '../src/common/clock';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const [thisMonth, nextMonth] = monthsFrom(currentMonth(), 2);
const [y, m] = thisMonth.split('-').map(Number);
const lastMonth = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);

const RESULT = `__typename
  ... on Assignment { id status month partner { id } leadConsultant { id } customer { id partnerId } }
  ... on ConsultantNotCertifiedError { productArea }
  ... on ErrorResult { errorCode message }`;
const ASSIGN = `mutation ($i: AssignCustomerInput!) { assignCustomer(input: $i) { ${RESULT} } }`;
type Res = Record<string, unknown> & { __typename: string; errorCode?: string; message?: string; id?: string };

/** An active firm with a lead consultant certified for `areas` and `slots` offered this month. */
async function readyFirm(slots: number, areas = ['ACCOUNTING']) {
  const partner = await env.fx.createPartner();
  const lead = await env.fx.createConsultant(partner);
  for (const area of areas) await env.fx.createCertification(lead, area);
  const plan = await env.fx.offer(partner, thisMonth, slots);
  return { partner, lead, plan };
}

const consumed = async (planId: string) =>
  (await env.db.query(`SELECT slots_consumed FROM capacity_plan WHERE id = $1`, [planId]))[0].slots_consumed as number;
const auditCount = async () => Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n);
const customerFirm = async (id: string) =>
  (await env.db.query(`SELECT partner_id FROM customer_account WHERE id = $1`, [id]))[0].partner_id as string | null;

const staffClients = new Map<string, Promise<GraphQLClient>>();
async function assign(input: Record<string, unknown>, locale: 'en' | 'ja' = 'en'): Promise<Res> {
  if (!staffClients.has(locale)) staffClients.set(locale, env.clientAs('vendorStaff', locale));
  const staff = await staffClients.get(locale)!;
  const res = await staff.request<{ assignCustomer: Res }>(ASSIGN, { i: input });
  expect(res.errors).toBeUndefined();
  return res.data!.assignCustomer;
}

describe('assigning a customer', () => {
  it('successful: the customer goes to the firm, one slot of the month is consumed, one audit entry', async () => {
    const { partner, lead, plan } = await readyFirm(3);
    const customer = await env.fx.createCustomer();
    await assign({ customerId: customer.id, partnerId: partner.id, month: '2000-01', leadConsultantId: lead.id }); // signs in first
    const before = await auditCount();
    const res = await assign({
      customerId: customer.id,
      partnerId: partner.id,
      month: thisMonth,
      leadConsultantId: lead.id,
    });
    expect(res).toMatchObject({ __typename: 'Assignment', status: 'ACTIVE', month: thisMonth });
    expect(res.customer).toEqual({ id: customer.id, partnerId: partner.id });
    expect(await consumed(plan.id)).toBe(1);
    expect(await auditCount()).toBe(before + 1);
    const [entry] = await env.db.query(
      `SELECT action, entity_id FROM audit_log_entry ORDER BY at DESC, id DESC LIMIT 1`,
    );
    expect(entry).toEqual({ action: 'assignment.assign', entity_id: res.id });
    const [{ fit }] = await env.db.query(`SELECT fit FROM assignment WHERE id = $1`, [res.id]);
    expect(fit).toBeGreaterThan(0); // the recommended fit is recorded with it
  });

  it('successful: a plan for the customer’s main product line is used before the plan for every line', async () => {
    const { partner, lead, plan } = await readyFirm(5);
    const payrollPlan = await env.fx.offer(partner, thisMonth, 1, 'PAYROLL');
    await env.fx.createCertification(lead, 'PAYROLL');
    const first = await env.fx.createCustomer({ products: ['PAYROLL'] });
    const second = await env.fx.createCustomer({ products: ['PAYROLL'] });
    const input = { partnerId: partner.id, month: thisMonth, leadConsultantId: lead.id };
    expect((await assign({ ...input, customerId: first.id })).__typename).toBe('Assignment');
    expect(await consumed(payrollPlan.id)).toBe(1);
    expect(await consumed(plan.id)).toBe(0);
    // The payroll line is full: the firm planned that line, so its general plan is not used for it.
    expect((await assign({ ...input, customerId: second.id })).errorCode).toBe('CAPACITY_FULL');
  });

  it.each([
    ['the lead is not certified for a product bought', 'CONSULTANT_NOT_CERTIFIED'],
    ['the lead belongs to another firm', 'CONSULTANT_NOT_IN_FIRM'],
    ['the firm is suspended', 'PARTNER_NOT_ACTIVE'],
    ['the month is full', 'CAPACITY_FULL'],
    ['the month has passed', 'MONTH_IN_PAST'],
    ['the customer is held by a firm already', 'CUSTOMER_ALREADY_ASSIGNED'],
  ])('failing: refused when %s, nothing written', async (_case, code) => {
    const { partner, lead, plan } = await readyFirm(code === 'CAPACITY_FULL' ? 0 : 2);
    const customer = await env.fx.createCustomer({
      products: code === 'CONSULTANT_NOT_CERTIFIED' ? ['ACCOUNTING', 'PAYROLL'] : ['ACCOUNTING'],
      partnerId: code === 'CUSTOMER_ALREADY_ASSIGNED' ? env.fx.partnerB.id : null,
    });
    let leadId = lead.id;
    if (code === 'CONSULTANT_NOT_IN_FIRM') {
      const other = await env.fx.createConsultant(env.fx.partnerB);
      await env.fx.createCertification(other, 'ACCOUNTING');
      leadId = other.id;
    }
    if (code === 'PARTNER_NOT_ACTIVE')
      await env.db.query(`UPDATE partner SET status = 'SUSPENDED' WHERE id = $1`, [partner.id]);
    const month = code === 'MONTH_IN_PAST' ? lastMonth : thisMonth;
    await assign({ customerId: customer.id, partnerId: partner.id, month: '2000-01', leadConsultantId: leadId }, 'ja'); // signs in first
    const before = await auditCount();
    const res = await assign({ customerId: customer.id, partnerId: partner.id, month, leadConsultantId: leadId }, 'ja');
    expect(res.errorCode).toBe(code);
    expect(res.message).toMatch(/[\u3040-\u30ff]/); // in the user's language
    if (code === 'CONSULTANT_NOT_CERTIFIED') expect(res.productArea).toBe('PAYROLL');
    expect(await consumed(plan.id)).toBe(0);
    expect(await auditCount()).toBe(before);
    expect(await customerFirm(customer.id)).toBe(code === 'CUSTOMER_ALREADY_ASSIGNED' ? env.fx.partnerB.id : null);
    expect(
      (await env.db.query(`SELECT count(*)::int AS n FROM assignment WHERE customer_id = $1`, [customer.id]))[0].n,
    ).toBe(0);
  });

  it('failing: an offer cannot be lowered below the slots assignments consume', async () => {
    const { partner, lead } = await readyFirm(2);
    const customer = await env.fx.createCustomer();
    await assign({ customerId: customer.id, partnerId: partner.id, month: thisMonth, leadConsultantId: lead.id });
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ offerCapacity: Res }>(
      `mutation ($i: OfferCapacityInput!) { offerCapacity(input: $i) { __typename ... on ErrorResult { errorCode } } }`,
      { i: { partnerId: partner.id, month: thisMonth, slots: 0 } },
    );
    expect(res.data?.offerCapacity.errorCode).toBe('CAPACITY_BELOW_CONSUMED');
  });
});

describe('capacity is never overbooked, whatever the concurrency', () => {
  const RUNS = 20;
  const REQUESTS = 200;
  const FREE = 10;

  it(`successful: ${REQUESTS} concurrent assignments at a month with ${FREE} free slots, ${RUNS} times: exactly ${FREE} succeed`, async () => {
    const staff = await env.clientAs('vendorStaff');
    for (let run = 0; run < RUNS; run++) {
      const { partner, lead, plan } = await readyFirm(FREE);
      const customers = await env.db.query(
        `INSERT INTO customer_account (external_id, company_name, industry, employee_band, prefecture, products, contract_date, segment)
         SELECT 'RACE-' || $1 || '-' || g, 'Race ' || g, 'RETAIL', '1-20', 'JP-13', '{ACCOUNTING}', '2026-11-01', 'SMB'
           FROM generate_series(1, $2) g RETURNING id`,
        [`${run}-${partner.id}`, REQUESTS],
      );
      const results = await Promise.all(
        customers.map((c: { id: string }) =>
          staff.request<{ assignCustomer: Res }>(ASSIGN, {
            i: { customerId: c.id, partnerId: partner.id, month: thisMonth, leadConsultantId: lead.id },
          }),
        ),
      );
      const outcomes = results.map((r) =>
        r.errors ? `fault:${r.errors[0].extensions?.code}` : r.data!.assignCustomer.__typename,
      );
      const tally = outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
      expect([run, tally]).toEqual([run, { Assignment: FREE, CapacityFullError: REQUESTS - FREE }]);
      expect(await consumed(plan.id)).toBe(FREE);
      const [{ n }] = await env.db.query(`SELECT count(*)::int AS n FROM assignment WHERE partner_id = $1`, [
        partner.id,
      ]);
      expect(n).toBe(FREE);
      const [{ queued }] = await env.db.query(
        `SELECT count(*)::int AS queued FROM customer_account WHERE external_id LIKE $1 AND partner_id IS NULL`,
        [`RACE-${run}-${partner.id}-%`],
      );
      expect(queued).toBe(REQUESTS - FREE);
    }
  }, 240_000);

  it('failing: the database itself refuses consumption past the offer (CHECK constraint)', async () => {
    const { plan } = await readyFirm(1);
    await expect(env.db.query(`UPDATE capacity_plan SET slots_consumed = 2 WHERE id = $1`, [plan.id])).rejects.toThrow(
      /capacity_plan_consumed_within_offer/,
    );
  });

  it('failing: the database refuses a second active assignment of one customer (partial unique index)', async () => {
    const a = await env.fx.createAssignment(env.fx.partnerA);
    await expect(
      env.db.query(
        `INSERT INTO assignment (customer_id, partner_id, lead_consultant_id, month, capacity_plan_id, decline_by)
         VALUES ($1, $2, $3, $4, $5, now())`,
        [a.customerId, a.partnerId, a.leadConsultantId, a.month, a.capacityPlanId],
      ),
    ).rejects.toThrow(/assignment_one_active_per_customer/);
  });
});

const END = (op: string, input: string) =>
  `mutation ($i: ${input}!) { ${op}(input: $i) { __typename ... on Assignment { id status endReason endedByEmail replacedById } ... on ErrorResult { errorCode message } } }`;

describe('cancelling and reassigning', () => {
  it('successful: cancel frees the slot, queues the customer and keeps the history with the reason', async () => {
    const { partner, lead, plan } = await readyFirm(2);
    const customer = await env.fx.createCustomer();
    const made = await assign({
      customerId: customer.id,
      partnerId: partner.id,
      month: thisMonth,
      leadConsultantId: lead.id,
    });
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ cancelAssignment: Res }>(END('cancelAssignment', 'EndAssignmentInput'), {
      i: { assignmentId: made.id, reason: 'Customer postponed the project' },
    });
    expect(res.data?.cancelAssignment).toMatchObject({
      status: 'CANCELLED',
      endReason: 'Customer postponed the project',
      endedByEmail: 'staff@vendor.test',
    });
    expect(await consumed(plan.id)).toBe(0);
    expect(await customerFirm(customer.id)).toBeNull();
    const again = await staff.request<{ cancelAssignment: Res }>(END('cancelAssignment', 'EndAssignmentInput'), {
      i: { assignmentId: made.id, reason: 'twice' },
    });
    expect(again.data?.cancelAssignment.errorCode).toBe('ASSIGNMENT_NOT_ACTIVE');
    const history = await staff.request<{ customer: { assignments: { status: string; endReason: string }[] } }>(
      `query ($id: ID!) { customer(id: $id) { assignments { status endReason } } }`,
      { id: customer.id },
    );
    expect(history.data?.customer.assignments).toEqual([
      { status: 'CANCELLED', endReason: 'Customer postponed the project' },
    ]);
  });

  it('successful: reassigning moves the slot to the new firm and links the old assignment to the new one', async () => {
    const from = await readyFirm(2);
    const to = await readyFirm(2);
    const customer = await env.fx.createCustomer();
    const made = await assign({
      customerId: customer.id,
      partnerId: from.partner.id,
      month: thisMonth,
      leadConsultantId: from.lead.id,
    });
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ reassignAssignment: Res }>(END('reassignAssignment', 'ReassignInput'), {
      i: {
        assignmentId: made.id,
        reason: 'Closer to the customer',
        partnerId: to.partner.id,
        month: thisMonth,
        leadConsultantId: to.lead.id,
      },
    });
    const moved = res.data!.reassignAssignment;
    expect(moved).toMatchObject({ __typename: 'Assignment', status: 'ACTIVE' });
    expect([await consumed(from.plan.id), await consumed(to.plan.id)]).toEqual([0, 1]);
    expect(await customerFirm(customer.id)).toBe(to.partner.id);
    const [old] = await env.db.query(`SELECT status, end_reason, replaced_by_id FROM assignment WHERE id = $1`, [
      made.id,
    ]);
    expect(old).toEqual({ status: 'REASSIGNED', end_reason: 'Closer to the customer', replaced_by_id: moved.id });
  });

  it('failing: reassigning to a full firm changes nothing', async () => {
    const from = await readyFirm(2);
    const full = await readyFirm(0);
    const customer = await env.fx.createCustomer();
    const made = await assign({
      customerId: customer.id,
      partnerId: from.partner.id,
      month: thisMonth,
      leadConsultantId: from.lead.id,
    });
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ reassignAssignment: Res }>(END('reassignAssignment', 'ReassignInput'), {
      i: {
        assignmentId: made.id,
        reason: 'x',
        partnerId: full.partner.id,
        month: thisMonth,
        leadConsultantId: full.lead.id,
      },
    });
    expect(res.data?.reassignAssignment.errorCode).toBe('CAPACITY_FULL');
    expect(await consumed(from.plan.id)).toBe(1);
    expect(await customerFirm(customer.id)).toBe(from.partner.id);
    const [old] = await env.db.query(`SELECT status FROM assignment WHERE id = $1`, [made.id]);
    expect(old.status).toBe('ACTIVE');
  });
});

describe('the firm accepts or declines', () => {
  const respond = (op: 'acceptAssignment' | 'declineAssignment', assignmentId: string, reason?: string) =>
    `mutation { ${op}(input: { assignmentId: "${assignmentId}"${reason ? `, reason: "${reason}"` : ''} }) { __typename ... on Assignment { status endReason } ... on ErrorResult { errorCode } } }`;

  const incomingOfA = () => env.fx.createAssignment(env.fx.partnerA);

  it('successful: a partner admin declines within the window; the customer returns to the queue and the slot is freed', async () => {
    const a = await incomingOfA();
    const before = await consumed(a.capacityPlanId);
    const admin = await env.clientAs('partnerAAdmin');
    const incoming = await admin.request<{ assignments: { items: { id: string; declinable: boolean }[] } }>(
      `{ assignments(filter: { incoming: true }, take: 100) { items { id declinable } } }`,
    );
    expect(incoming.data?.assignments.items).toContainEqual({ id: a.id, declinable: true });
    const res = await admin.request<{ declineAssignment: Res }>(
      respond('declineAssignment', a.id, 'No payroll expert free'),
    );
    expect(res.data?.declineAssignment).toEqual({
      __typename: 'Assignment',
      status: 'DECLINED',
      endReason: 'No payroll expert free',
    });
    expect(await customerFirm(a.customerId)).toBeNull();
    expect(await consumed(a.capacityPlanId)).toBe(before - 1);
    const staff = await env.clientAs('vendorStaff');
    const queue = await staff.request<{ customers: { items: { id: string }[] } }>(
      `query ($s: String!) { customers(filter: { assigned: false, search: $s }) { items { id } } }`,
      {
        s: (await env.db.query(`SELECT external_id FROM customer_account WHERE id = $1`, [a.customerId]))[0]
          .external_id,
      },
    );
    expect(queue.data?.customers.items).toEqual([{ id: a.customerId }]);
  });

  it('successful: accepting ends the decline window', async () => {
    const a = await incomingOfA();
    const admin = await env.clientAs('partnerAAdmin');
    expect(
      (await admin.request<{ acceptAssignment: Res }>(respond('acceptAssignment', a.id))).data?.acceptAssignment.status,
    ).toBe('ACTIVE');
    const declined = await admin.request<{ declineAssignment: Res }>(respond('declineAssignment', a.id, 'late'));
    expect(declined.data?.declineAssignment.errorCode).toBe('ASSIGNMENT_ALREADY_ACCEPTED');
  });

  it('failing: past the window the firm can no longer decline', async () => {
    const a = await env.fx.createAssignment(env.fx.partnerA, { declineBy: new Date(Date.now() - 1000) });
    const admin = await env.clientAs('partnerAAdmin', 'ja');
    const res = await admin.request<{ declineAssignment: Res }>(respond('declineAssignment', a.id, 'too late'));
    expect(res.data?.declineAssignment.errorCode).toBe('DECLINE_WINDOW_CLOSED');
    expect(await customerFirm(a.customerId)).toBe(env.fx.partnerA.id);
  });

  it('failing: the window closes by the calendar alone', async () => {
    const a = await incomingOfA(); // declinable for 5 days
    const clock = env.app.get(Clock);
    clock.set(new Date(Date.now() + 6 * 86_400_000));
    try {
      const admin = await env.clientAs('partnerAAdmin');
      const res = await admin.request<{ declineAssignment: Res }>(respond('declineAssignment', a.id, 'a week later'));
      expect(res.data?.declineAssignment.errorCode).toBe('DECLINE_WINDOW_CLOSED');
    } finally {
      clock.set(null);
    }
  });

  it('failing: another firm cannot see or decline it', async () => {
    const a = await incomingOfA();
    const b = await env.clientAs('partnerBAdmin');
    const list = await b.request<{ assignments: { items: { id: string }[] } }>(
      `{ assignments(take: 100) { items { id } } }`,
    );
    expect(list.data?.assignments.items.map((i) => i.id)).not.toContain(a.id);
    const res = await b.request<{ declineAssignment: Res }>(respond('declineAssignment', a.id, 'not mine'));
    expect(res.data?.declineAssignment.errorCode).toBe('NOT_FOUND');
    expect(await customerFirm(a.customerId)).toBe(env.fx.partnerA.id);
  });

  it('successful: the decline window follows the program setting', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const set = (days: number) =>
      admin.request(
        `mutation ($i: UpdateAssignmentSettingsInput!) { updateAssignmentSettings(input: $i) { declineWindowDays } }`,
        {
          i: {
            weightIndustry: 20,
            weightProducts: 20,
            weightCertified: 20,
            weightRegion: 15,
            weightTier: 15,
            weightCapacity: 10,
            declineWindowDays: days,
          },
        },
      );
    await set(2);
    const { partner, lead } = await readyFirm(1);
    const customer = await env.fx.createCustomer();
    const made = await assign({
      customerId: customer.id,
      partnerId: partner.id,
      month: thisMonth,
      leadConsultantId: lead.id,
    });
    const [row] = await env.db.query(
      `SELECT extract(epoch FROM decline_by - assigned_at) / 86400 AS days FROM assignment WHERE id = $1`,
      [made.id],
    );
    expect(Math.round(Number(row.days))).toBe(2);
    await set(5);
  });
});

describe('the assignment list', () => {
  it('successful: sorted by a chosen column, then newest first', async () => {
    const staff = await env.clientAs('vendorStaff');
    await env.fx.createAssignment(env.fx.partnerB, { declineBy: new Date(Date.now() + 1 * 86_400_000) });
    await env.fx.createAssignment(env.fx.partnerB, { declineBy: new Date(Date.now() + 9 * 86_400_000) });
    const list = async (direction: 'ASC' | 'DESC') =>
      (
        await staff.request<{ assignments: { items: { declineBy: string }[] } }>(
          `query ($p: ID!, $d: SortDirection!) { assignments(take: 100, filter: { partnerId: $p, statuses: [ACTIVE] }, sort: { field: DECLINE_BY, direction: $d }) { items { declineBy } } }`,
          { p: env.fx.partnerB.id, d: direction },
        )
      ).data!.assignments.items.map((a) => Date.parse(a.declineBy));
    const asc = await list('ASC');
    expect(asc.length).toBeGreaterThanOrEqual(2);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(await list('DESC')).toEqual([...asc].reverse());
  });
});

describe('who may do what', () => {
  it('failing: partner users cannot assign, and partner members cannot list assignments', async () => {
    const member = await env.clientAs('partnerAMember');
    expect((await member.request(`{ assignments { totalItems } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await env.clientAs('partnerAAdmin');
    const res = await admin.request(ASSIGN, {
      i: {
        customerId: env.fx.partnerA.id,
        partnerId: env.fx.partnerA.id,
        month: nextMonth,
        leadConsultantId: env.fx.partnerA.id,
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('successful: a partner admin sees its own customers only', async () => {
    const mine = await env.fx.createAssignment(env.fx.partnerA);
    const theirs = await env.fx.createAssignment(env.fx.partnerB);
    const admin = await env.clientAs('partnerAAdmin');
    const res = await admin.request<{ customers: { items: { id: string; partnerId: string }[] } }>(
      `{ customers(take: 100) { items { id partnerId } } }`,
    );
    const ids = res.data!.customers.items.map((c) => c.id);
    expect(ids).toContain(mine.customerId);
    expect(ids).not.toContain(theirs.customerId);
    expect(new Set(res.data!.customers.items.map((c) => c.partnerId))).toEqual(new Set([env.fx.partnerA.id]));
    const byId = await admin.request<{ customer: unknown }>(`query ($id: ID!) { customer(id: $id) { id } }`, {
      id: theirs.customerId,
    });
    expect(byId.data?.customer).toBeNull();
  });

  it('failing: vendor staff cannot change the weights (vendor admins only)', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request(
      `mutation { updateAssignmentSettings(input: { weightIndustry: 1, weightProducts: 1, weightCertified: 1, weightRegion: 1, weightTier: 1, weightCapacity: 1, declineWindowDays: 1 }) { weightIndustry } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
