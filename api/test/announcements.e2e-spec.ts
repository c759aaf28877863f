import { Partner } from '../src/partners/partner.entity';
import { errorCode } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
  await env.db.getRepository(Partner).update(env.fx.partnerA.id, { tier: 3 });
});
afterAll(() => env.close());

const PUBLISH = `mutation ($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { id certificationsMarked } }`;
const MINE = `{ announcements { totalItems items { id title acknowledgedByMe } } }`;
const ACK = `mutation ($id: ID!) { acknowledgeAnnouncement(id: $id) { __typename ... on ErrorResult { errorCode } } }`;

async function publish(input: Record<string, unknown>) {
  const staff = await env.clientAs('vendorStaff');
  const res = await staff.request<{ publishAnnouncement: { id: string; certificationsMarked: number } }>(PUBLISH, {
    input,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.publishAnnouncement;
}

describe('announcements', () => {
  it('successful: published to all, read and acknowledged by a partner user, receipts seen by vendor staff', async () => {
    const { id } = await publish({ title: 'New payroll screen', body: 'See **what changed**.' });
    const a = await env.clientAs('partnerAMember');
    const before = await a.request<{ announcements: { items: { id: string; acknowledgedByMe: boolean }[] } }>(MINE);
    expect(before.data?.announcements.items.find((i) => i.id === id)?.acknowledgedByMe).toBe(false);
    expect((await a.request(ACK, { id })).data).toEqual({ acknowledgeAnnouncement: { __typename: 'Announcement' } });
    expect((await a.request(ACK, { id })).data).toEqual({ acknowledgeAnnouncement: { __typename: 'Announcement' } });
    const after = await a.request<{ announcements: { items: { id: string; acknowledgedByMe: boolean }[] } }>(MINE);
    expect(after.data?.announcements.items.find((i) => i.id === id)?.acknowledgedByMe).toBe(true);

    const staff = await env.clientAs('vendorStaff');
    const receipts = await staff.request<{
      announcement: { readReceipts: { userEmail: string; partnerId: string }[] };
    }>(`query ($id: ID!) { announcement(id: $id) { readReceipts { userEmail partnerId } } }`, { id });
    expect(receipts.data?.announcement.readReceipts).toEqual([
      { userEmail: 'member@alpha.test', partnerId: env.fx.partnerA.id },
    ]);
  });

  it('an announcement for tier 3 reaches partner A (tier 3) but not partner B, who cannot acknowledge it', async () => {
    const { id } = await publish({ title: 'Tier 3 preview', body: 'Early access.', audienceTiers: [3] });
    const ids = async (actor: 'partnerAAdmin' | 'partnerBAdmin') =>
      (
        await (await env.clientAs(actor)).request<{ announcements: { items: { id: string }[] } }>(MINE)
      ).data?.announcements.items.map((i) => i.id);
    expect(await ids('partnerAAdmin')).toContain(id);
    expect(await ids('partnerBAdmin')).not.toContain(id);
    const b = await env.clientAs('partnerBAdmin');
    expect(
      (await b.request<{ acknowledgeAnnouncement: { errorCode: string } }>(ACK, { id })).data?.acknowledgeAnnouncement
        .errorCode,
    ).toBe('NOT_FOUND');
    expect(
      (await b.request<{ announcement: unknown }>(`query ($id: ID!) { announcement(id: $id) { id } }`, { id })).data
        ?.announcement,
    ).toBeNull();
  });

  it('failing: partner users cannot see read receipts', async () => {
    const { id } = await publish({ title: 'Receipts', body: 'x' });
    const a = await env.clientAs('partnerAAdmin');
    const res = await a.request(`query ($id: ID!) { announcement(id: $id) { readReceipts { userEmail } } }`, { id });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });

  it('requiring re-certification marks the in-force certifications of the audience as needing renewal', async () => {
    const consultantA = await env.fx.createConsultant(env.fx.partnerA);
    const consultantB = await env.fx.createConsultant(env.fx.partnerB);
    await env.fx.createCertification(consultantA, 'HR');
    await env.fx.createCertification(consultantB, 'HR');
    const tiered = await publish({
      title: 'HR rules changed',
      body: 'Re-certify.',
      audienceTiers: [3],
      recertificationProductArea: 'HR',
    });
    expect(tiered.certificationsMarked).toBe(1);
    const statuses = await env.db.query(
      `SELECT partner_id, needs_renewal FROM skill_certification WHERE product_area = 'HR' ORDER BY needs_renewal DESC`,
    );
    expect(statuses).toEqual([
      { partner_id: env.fx.partnerA.id, needs_renewal: true },
      { partner_id: env.fx.partnerB.id, needs_renewal: false },
    ]);
    expect(
      (await publish({ title: 'HR for all', body: 'Re-certify.', recertificationProductArea: 'HR' }))
        .certificationsMarked,
    ).toBe(1);
  });

  it('failing: bad input is refused field by field in Japanese and writes nothing', async () => {
    const staff = await env.clientAs('vendorStaff', 'ja');
    const count = async () => Number((await env.db.query(`SELECT count(*)::int AS n FROM announcement`))[0].n);
    const before = await count();
    const res = await staff.request(PUBLISH, {
      input: { title: '  ', body: 'x', audienceTiers: [9], recertificationProductArea: 'SPACE' },
    });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'title', message: 'タイトルは必須です。' },
      { field: 'audienceTiers', message: '対象ティアは5以下で指定してください。' },
      {
        field: 'recertificationProductArea',
        message: '再認定が必要な製品領域に許可されていない値が指定されています。',
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('failing: partner users cannot publish, vendor staff cannot acknowledge', async () => {
    expect(
      errorCode(await (await env.clientAs('partnerAAdmin')).request(PUBLISH, { input: { title: 't', body: 'b' } })),
    ).toBe('FORBIDDEN');
    const { id } = await publish({ title: 'x', body: 'y' });
    expect(errorCode(await (await env.clientAs('vendorStaff')).request(ACK, { id }))).toBe('FORBIDDEN');
  });
});
