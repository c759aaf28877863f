import { Role } from '@baton/shared';
import { Partner, PartnerKind, PartnerStatus } from '../src/partners/partner.entity';
import { errorCode } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
  await env.db.getRepository(Partner).update(env.fx.partnerA.id, {
    tier: 3,
    industries: ['RETAIL'],
    productModules: ['PAYROLL', 'HR'],
    regions: ['JP-13'],
    languages: ['ja', 'en'],
  });
  await env.db
    .getRepository(Partner)
    .update(env.fx.partnerB.id, { productModules: ['ACCOUNTING'], regions: ['JP-27'] });
});
afterAll(() => env.close());

type Item = { name: string };
const names = (res: { data?: { partners: { items: Item[] } } | null }) => res.data?.partners.items.map((p) => p.name);

describe('directory', () => {
  const LIST = `query ($filter: PartnerFilter, $sort: PartnerSort) { partners(filter: $filter, sort: $sort, take: 50) { totalItems items { name } } }`;

  it.each([
    [{ productModule: 'PAYROLL' }, ['Alpha Tax Office']],
    [{ region: 'JP-27' }, ['Beta Systems']],
    [{ language: 'en' }, ['Alpha Tax Office']],
    [{ industry: 'RETAIL', tiers: [3] }, ['Alpha Tax Office']],
    [{ kinds: ['SYSTEM_INTEGRATOR'] }, ['Beta Systems']],
    [{ statuses: ['SUSPENDED'] }, []],
    [{ search: 'beta' }, ['Beta Systems']],
    [{ search: '%' }, []],
  ])('filters by %j', async (filter, expected) => {
    const staff = await env.clientAs('vendorStaff');
    expect(names(await staff.request(LIST, { filter }))).toEqual(expected);
  });

  it('sorts by tier with firms without a tier last, and by name descending', async () => {
    const staff = await env.clientAs('vendorStaff');
    expect(names(await staff.request(LIST, { sort: { field: 'TIER', direction: 'ASC' } }))).toEqual([
      'Alpha Tax Office',
      'Beta Systems',
    ]);
    expect(names(await staff.request(LIST, { sort: { field: 'NAME', direction: 'DESC' } }))).toEqual([
      'Beta Systems',
      'Alpha Tax Office',
    ]);
  });

  it('exports the filtered directory as CSV', async () => {
    const auditor = await env.clientAs('auditor');
    const res = await auditor.request<{ partnersCsv: string }>(`{ partnersCsv(filter: { productModule: "PAYROLL" }) }`);
    const lines = res.data!.partnersCsv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^name,kind,status,tier,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['Alpha Tax Office']);
    expect(lines[1]).toContain('PAYROLL HR');
  });

  it('failing: an unknown code in a filter is bad input, named in the caller’s language', async () => {
    const staff = await env.clientAs('vendorStaff', 'ja');
    const res = await staff.request(LIST, { filter: { region: 'JP-99', tiers: [7] } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'filter.tiers', message: 'ティアは5以下で指定してください。' },
        { field: 'filter.region', message: '地域に許可されていない値が指定されています。' },
      ]),
    );
  });

  it('a partner user sees its own firm only', async () => {
    const b = await env.clientAs('partnerBAdmin');
    expect(names(await b.request(LIST, { filter: { productModule: 'PAYROLL' } }))).toEqual([]);
    expect(names(await b.request(LIST, {}))).toEqual(['Beta Systems']);
  });
});

describe('status lifecycle', () => {
  const CHANGE = `mutation ($input: ChangePartnerStatusInput!) { changePartnerStatus(input: $input) {
    __typename ... on Partner { status allowedTransitions statusHistory { fromStatus toStatus reason changedByEmail } }
    ... on IllegalStatusTransitionError { errorCode message from to allowed } } }`;

  it('successful: a legal step with a reason is saved, recorded in the history and audited once', async () => {
    const partner = await env.db
      .getRepository(Partner)
      .save({ name: 'Gamma', kind: PartnerKind.OTHER, status: PartnerStatus.ACTIVE });
    const staff = await env.clientAs('vendorStaff');
    const audit = async () =>
      Number(
        (await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry WHERE entity_id = $1`, [partner.id]))[0].n,
      );
    const res = await staff.request<{ changePartnerStatus: Record<string, unknown> }>(CHANGE, {
      input: { partnerId: partner.id, status: 'SUSPENDED', reason: '  Missed three deadlines  ' },
    });
    expect(res.data?.changePartnerStatus).toEqual({
      __typename: 'Partner',
      status: 'SUSPENDED',
      allowedTransitions: ['ACTIVE', 'OFFBOARDED'],
      statusHistory: [
        {
          fromStatus: 'ACTIVE',
          toStatus: 'SUSPENDED',
          reason: 'Missed three deadlines',
          changedByEmail: 'staff@vendor.test',
        },
      ],
    });
    expect(await audit()).toBe(1);
  });

  it.each([
    ['APPLICANT', 'ACTIVE', ['UNDER_REVIEW']],
    ['ACTIVE', 'OFFBOARDED', ['SUSPENDED']],
    ['OFFBOARDED', 'ACTIVE', []],
  ])('failing: %s → %s is refused with a typed error and writes nothing', async (from, to, allowed) => {
    const partner = await env.db
      .getRepository(Partner)
      .save({ name: `Delta ${from}`, kind: PartnerKind.OTHER, status: from as PartnerStatus });
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ changePartnerStatus: Record<string, unknown> }>(CHANGE, {
      input: { partnerId: partner.id, status: to, reason: 'try' },
    });
    expect(res.data?.changePartnerStatus).toMatchObject({
      __typename: 'IllegalStatusTransitionError',
      errorCode: 'ILLEGAL_STATUS_TRANSITION',
      from,
      to,
      allowed,
    });
    expect((await env.db.getRepository(Partner).findOneByOrFail({ id: partner.id })).status).toBe(from);
    expect(await env.db.query(`SELECT 1 FROM partner_status_change WHERE partner_id = $1`, [partner.id])).toEqual([]);
  });

  it('failing: a blank reason is bad input too', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request(CHANGE, {
      input: { partnerId: env.fx.partnerB.id, status: 'SUSPENDED', reason: '   ' },
    });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'reason', message: 'Reason is required.' }]);
  });

  it('failing: a step without a reason is bad input, in Japanese', async () => {
    const staff = await env.clientAs('vendorStaff', 'ja');
    const res = await staff.request(CHANGE, {
      input: { partnerId: env.fx.partnerB.id, status: 'SUSPENDED', reason: '' },
    });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([{ field: 'reason', message: '理由は必須です。' }]);
  });
});

describe('profile', () => {
  const UPDATE = `mutation ($id: ID!, $input: UpdatePartnerProfileInput!) { updatePartnerProfile(id: $id, input: $input) {
    __typename ... on Partner { name description website regions } ... on ErrorResult { errorCode } } }`;

  it('a partner admin edits their own firm', async () => {
    const a = await env.clientAs('partnerAAdmin');
    const res = await a.request<{ updatePartnerProfile: Record<string, unknown> }>(UPDATE, {
      id: env.fx.partnerA.id,
      input: {
        description: 'We onboard retailers.',
        website: 'https://alpha.example',
        regions: ['JP-13', 'JP-13', 'JP-14'],
      },
    });
    expect(res.data?.updatePartnerProfile).toEqual({
      __typename: 'Partner',
      name: 'Alpha Tax Office',
      description: 'We onboard retailers.',
      website: 'https://alpha.example',
      regions: ['JP-13', 'JP-14'],
    });
  });

  it('failing: partner B cannot edit partner A (not found, nothing written)', async () => {
    const b = await env.clientAs('partnerBAdmin');
    const res = await b.request<{ updatePartnerProfile: { errorCode: string } }>(UPDATE, {
      id: env.fx.partnerA.id,
      input: { name: 'Hijacked' },
    });
    expect(res.data?.updatePartnerProfile.errorCode).toBe('NOT_FOUND');
    expect((await env.db.getRepository(Partner).findOneByOrFail({ id: env.fx.partnerA.id })).name).toBe(
      'Alpha Tax Office',
    );
  });

  it('failing: name and kind cannot be cleared', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request(UPDATE, { id: env.fx.partnerB.id, input: { name: null, kind: null } });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'name', message: 'Name is required.' },
      { field: 'kind', message: 'Kind has a value that is not allowed.' },
    ]);
  });

  it('failing: bad values are refused field by field', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request(UPDATE, {
      id: env.fx.partnerB.id,
      input: { name: '', website: 'javascript:alert(1)', industries: ['SPACE'], headcountAtStart: -1 },
    });
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'name', message: 'Name is required.' },
      { field: 'headcountAtStart', message: 'Headcount at start must be at least 0.' },
      { field: 'website', message: 'Website must be a web address starting with http:// or https://.' },
      { field: 'industries', message: 'Industries has a value that is not allowed.' },
    ]);
  });
});

describe('bounded SQL', () => {
  it('a page of partners with nested fields costs the same few statements whatever its size', async () => {
    const repo = env.db.getRepository(Partner);
    await repo.insert(
      Array.from({ length: 60 }, (_, i) => ({
        name: `Bulk ${i}`,
        kind: PartnerKind.OTHER,
        status: PartnerStatus.ACTIVE,
      })),
    );
    const admin = await env.clientAs('vendorAdmin');
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      const res = await admin.request<{ partners: { items: unknown[] } }>(
        `{ partners(take: ${take}) { totalItems items { id name tier allowedTransitions statusHistory { id reason } } } }`,
      );
      expect(res.data?.partners.items).toHaveLength(take);
      return env.sqlStatements() - before;
    };
    const [small, large] = [await cost(5), await cost(50)];
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });

  it('so does a page of users with their firm', async () => {
    for (let i = 0; i < 8; i++) await env.fx.createUser(Role.PARTNER_MEMBER, i % 2 ? env.fx.partnerA : env.fx.partnerB);
    const admin = await env.clientAs('vendorAdmin');
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      const res = await admin.request<{ users: { items: unknown[] } }>(
        `{ users(take: ${take}, filter: { role: PARTNER_MEMBER }) { items { id partner { id name statusHistory { id } } } } }`,
      );
      expect(res.data?.users.items).toHaveLength(take);
      return env.sqlStatements() - before;
    };
    const [small, large] = [await cost(2), await cost(8)];
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
  });
});
