import { currentMonth, monthsFrom } from '../src/capacity/month';
import { errorCode } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const [thisMonth, nextMonth] = monthsFrom(currentMonth(), 2);
const OFFER = `mutation ($i: OfferCapacityInput!) { offerCapacity(input: $i) {
  __typename ... on CapacityPlan { month productLine slotsOffered slotsConsumed slotsFree }
  ... on CapacityBelowConsumedError { errorCode consumed } ... on ErrorResult { errorCode message } } }`;
type Offer = { offerCapacity: Record<string, unknown> };

describe('capacity plans', () => {
  it('successful: a partner admin offers slots for next month; the summary and history show it', async () => {
    const a = await env.clientAs('partnerAAdmin');
    const res = await a.request<Offer>(OFFER, { i: { partnerId: env.fx.partnerA.id, month: nextMonth, slots: 5 } });
    expect(res.data?.offerCapacity).toEqual({
      __typename: 'CapacityPlan',
      month: nextMonth,
      productLine: null,
      slotsOffered: 5,
      slotsConsumed: 0,
      slotsFree: 5,
    });
    await a.request<Offer>(OFFER, {
      i: { partnerId: env.fx.partnerA.id, month: nextMonth, productLine: 'PAYROLL', slots: 2 },
    });
    await a.request<Offer>(OFFER, { i: { partnerId: env.fx.partnerA.id, month: nextMonth, slots: 4 } });

    const staff = await env.clientAs('vendorStaff');
    const page = await staff.request<{
      partner: { capacitySummary: { months: { month: string; offered: number }[]; totalOffered: number } };
      capacityOfferHistory: {
        totalItems: number;
        items: { previousSlots: number | null; newSlots: number; productLine: string | null }[];
      };
    }>(
      `query ($id: ID!) { partner(id: $id) { capacitySummary(months: 3) { months { month offered consumed free } totalOffered } }
         capacityOfferHistory(partnerId: $id) { totalItems items { previousSlots newSlots productLine } } }`,
      { id: env.fx.partnerA.id },
    );
    expect(page.data?.partner.capacitySummary.months.map((m) => [m.month, m.offered])).toEqual([
      [thisMonth, 0],
      [nextMonth, 6],
      [monthsFrom(nextMonth, 2)[1], 0],
    ]);
    expect(page.data?.partner.capacitySummary.totalOffered).toBe(6);
    expect(page.data?.capacityOfferHistory.items[0]).toEqual({ previousSlots: 5, newSlots: 4, productLine: null });
    expect(page.data?.capacityOfferHistory.totalItems).toBe(3);
  });

  it('failing: lowering an offer below what assignments consume is refused, in the database too', async () => {
    const staff = await env.clientAs('vendorStaff');
    await staff.request<Offer>(OFFER, { i: { partnerId: env.fx.partnerB.id, month: nextMonth, slots: 3 } });
    await env.db.query(`UPDATE capacity_plan SET slots_consumed = 2 WHERE partner_id = $1`, [env.fx.partnerB.id]);
    const res = await staff.request<Offer>(OFFER, { i: { partnerId: env.fx.partnerB.id, month: nextMonth, slots: 1 } });
    expect(res.data?.offerCapacity).toMatchObject({
      __typename: 'CapacityBelowConsumedError',
      errorCode: 'CAPACITY_BELOW_CONSUMED',
      consumed: 2,
    });
    await expect(
      env.db.query(`UPDATE capacity_plan SET slots_consumed = 9 WHERE partner_id = $1`, [env.fx.partnerB.id]),
    ).rejects.toThrow(/capacity_plan_consumed_within_offer/);
  });

  it('failing: a past month, a bad month, a foreign firm and a partner member are refused', async () => {
    const a = await env.clientAs('partnerAAdmin', 'ja');
    const past = await a.request<Offer>(OFFER, { i: { partnerId: env.fx.partnerA.id, month: '2020-01', slots: 1 } });
    expect(past.data?.offerCapacity).toMatchObject({ errorCode: 'MONTH_IN_PAST' });
    const bad = await a.request(OFFER, { i: { partnerId: env.fx.partnerA.id, month: '2026-13', slots: -1 } });
    expect(bad.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'month', message: '対象月の形式が正しくありません。' },
      { field: 'slots', message: '枠数は0以上で指定してください。' },
    ]);
    const foreign = await a.request<Offer>(OFFER, { i: { partnerId: env.fx.partnerB.id, month: nextMonth, slots: 9 } });
    expect(foreign.data?.offerCapacity).toMatchObject({ errorCode: 'NOT_FOUND' });
    const member = await env.clientAs('partnerAMember');
    expect(
      errorCode(await member.request(OFFER, { i: { partnerId: env.fx.partnerA.id, month: nextMonth, slots: 1 } })),
    ).toBe('FORBIDDEN');
  });

  it("partner B reads neither partner A's plans nor its history", async () => {
    const b = await env.clientAs('partnerBAdmin');
    const res = await b.request<{ capacityPlans: unknown[]; capacityOfferHistory: { totalItems: number } }>(
      `query ($id: ID!) { capacityPlans(partnerId: $id) { slotsOffered } capacityOfferHistory(partnerId: $id) { totalItems } }`,
      { id: env.fx.partnerA.id },
    );
    expect(res.data).toEqual({ capacityPlans: [], capacityOfferHistory: { totalItems: 0 } });
  });

  it('a page of partners with their capacity summary costs the same statements for 1 and 2 firms', async () => {
    const admin = await env.clientAs('vendorAdmin');
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      await admin.request(`{ partners(take: ${take}) { items { id capacitySummary { totalOffered } } } }`);
      return env.sqlStatements() - before;
    };
    expect(await cost(2)).toBe(await cost(1));
  });
});
