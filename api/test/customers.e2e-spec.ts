import { currentMonth, monthsFrom } from '../src/capacity/month';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let staff: GraphQLClient;
beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.clientAs('vendorStaff');
});
afterAll(() => env.close());

const HEADER = 'external_id,company_name,industry,employee_band,prefecture,products,contract_date,segment';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const PREVIEW = `query ($csv: String!) { customerImportPreview(input: { csv: $csv }) {
  totalRows validRows toCreate toUpdate issues { row column message } sample { row externalId products contractDate prefecture } } }`;
const IMPORT = `mutation ($csv: String!) { importCustomers(input: { csv: $csv }) {
  __typename ... on CustomerImportSummary { created updated } ... on ErrorResult { errorCode message } } }`;
const CREATE = `mutation ($i: CustomerInput!) { createCustomer(input: $i) {
  __typename ... on CustomerAccount { id externalId companyName products partnerId } ... on ErrorResult { errorCode message } } }`;

type Preview = {
  totalRows: number;
  validRows: number;
  toCreate: number;
  toUpdate: number;
  issues: { row: number; column: string | null; message: string }[];
  sample: { row: number; externalId: string; products: string[]; contractDate: string; prefecture: string }[];
};
const countOf = async (where: string, params: unknown[] = []) =>
  (await env.db.query(`SELECT count(*)::int AS n FROM customer_account WHERE ${where}`, params))[0].n as number;
const auditCount = async () => Number((await env.db.query(`SELECT count(*) AS n FROM audit_log_entry`))[0].n);

const input = (overrides: Record<string, unknown> = {}) => ({
  externalId: `ONE-${Date.now()}-${Math.random()}`,
  companyName: '青空商事株式会社',
  industry: 'WHOLESALE',
  employeeBand: '21-100',
  prefecture: 'JP-27',
  products: ['PAYROLL', 'ACCOUNTING'],
  contractDate: '2026-12-01',
  segment: 'MID_MARKET',
  ...overrides,
});

describe('one customer at a time', () => {
  it('successful: vendor staff create a customer; it waits in the queue', async () => {
    const res = await staff.request<{ createCustomer: Record<string, unknown> }>(CREATE, {
      i: input({ externalId: 'ONE-1' }),
    });
    expect(res.data?.createCustomer).toMatchObject({
      __typename: 'CustomerAccount',
      externalId: 'ONE-1',
      products: ['PAYROLL', 'ACCOUNTING'],
      partnerId: null,
    });
  });

  it('failing: a CRM id already used is refused with a typed error', async () => {
    await staff.request(CREATE, { i: input({ externalId: 'ONE-2' }) });
    const before = await auditCount();
    const res = await staff.request<{ createCustomer: { errorCode: string; message: string } }>(CREATE, {
      i: input({ externalId: 'ONE-2' }),
    });
    expect(res.data?.createCustomer).toEqual({
      __typename: 'ExternalIdTakenError',
      errorCode: 'EXTERNAL_ID_TAKEN',
      message: 'Another customer already has the CRM id ONE-2.',
    });
    expect(await auditCount()).toBe(before);
  });

  it('failing: invalid fields are named, one message each, in the user’s language', async () => {
    const ja = await env.clientAs('vendorStaff', 'ja');
    const res = await ja.request(CREATE, {
      i: input({ companyName: '  ', prefecture: 'JP-99', products: [], contractDate: '2026-02-30' }),
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.fieldErrors ?? [];
    expect(fields.map((f) => f.field).sort()).toEqual(['companyName', 'contractDate', 'prefecture', 'products']);
    expect(fields.find((f) => f.field === 'companyName')?.message).toBe('会社名は必須です。');
  });
});

describe('CSV import', () => {
  const good = (id: string, name = `Import ${id} K.K.`) =>
    `${id},${name},RETAIL,1-20,13,accounting;payroll,2026/12/1,smb`;

  it('failing: the preview lists every invalid row with its row number and reason, and writes nothing', async () => {
    const file = csv(
      good('IMP-1'),
      'IMP-2,Bad Industry K.K.,SPACE_MINING,1-20,JP-13,ACCOUNTING,2026-12-01,SMB',
      good('IMP-3'),
      'IMP-1,Duplicate K.K.,RETAIL,1-20,JP-13,ACCOUNTING,2026-12-31,SMB',
      ',No Id K.K.,RETAIL,1-20,JP-13,ACCOUNTING,2026-13-01,SMB',
    );
    const before = await countOf('true');
    const res = await staff.request<{ customerImportPreview: Preview }>(PREVIEW, { csv: file });
    const preview = res.data!.customerImportPreview;
    expect(preview).toMatchObject({ totalRows: 5, validRows: 2, toCreate: 2, toUpdate: 0 });
    expect(preview.issues.map((i) => [i.row, i.column])).toEqual([
      [3, 'industry'],
      [5, 'external_id'],
      [6, 'external_id'],
      [6, 'contract_date'],
    ]);
    expect(preview.issues[0].message).toBe('“SPACE_MINING” is not a known code.');
    expect(preview.issues[1].message).toBe('The CRM id “IMP-1” already appears in row 2.');
    expect(preview.sample[0]).toEqual({
      row: 2,
      externalId: 'IMP-1',
      products: ['ACCOUNTING', 'PAYROLL'],
      contractDate: '2026-12-01',
      prefecture: 'JP-13',
    });
    expect(await countOf('true')).toBe(before);

    const refused = await staff.request<{ importCustomers: Record<string, unknown> }>(IMPORT, { csv: file });
    expect(refused.data?.importCustomers).toMatchObject({
      __typename: 'CustomerImportInvalidError',
      errorCode: 'CUSTOMER_IMPORT_INVALID',
    });
    expect(await countOf('true')).toBe(before);
  });

  it('failing: a header without the required columns is reported on row 1', async () => {
    const res = await staff.request<{ customerImportPreview: Preview }>(PREVIEW, {
      csv: 'external_id,company_name\nX,Y\n',
    });
    expect(res.data?.customerImportPreview.issues).toEqual([
      {
        row: 1,
        column: null,
        message:
          'The header lacks these columns: industry, employee_band, prefecture, products, contract_date, segment.',
      },
    ]);
  });

  it('successful: the fixed file imports in one transaction; a re-import updates instead of duplicating', async () => {
    const before = await auditCount();
    const first = await staff.request<{ importCustomers: Record<string, unknown> }>(IMPORT, {
      csv: csv(good('UPS-1'), good('UPS-2'), good('UPS-3')),
    });
    expect(first.data?.importCustomers).toEqual({ __typename: 'CustomerImportSummary', created: 3, updated: 0 });
    expect(await auditCount()).toBe(before + 1);

    const preview = await staff.request<{ customerImportPreview: Preview }>(PREVIEW, {
      csv: csv(good('UPS-1', 'Renamed One K.K.'), good('UPS-4')),
    });
    expect(preview.data?.customerImportPreview).toMatchObject({ toCreate: 1, toUpdate: 1 });
    const again = await staff.request<{ importCustomers: Record<string, unknown> }>(IMPORT, {
      csv: csv(good('UPS-1', 'Renamed One K.K.'), good('UPS-4')),
    });
    expect(again.data?.importCustomers).toEqual({ __typename: 'CustomerImportSummary', created: 1, updated: 1 });
    expect(await countOf(`external_id LIKE 'UPS-%'`)).toBe(4);
    const [renamed] = await env.db.query(`SELECT company_name FROM customer_account WHERE external_id = 'UPS-1'`);
    expect(renamed.company_name).toBe('Renamed One K.K.');
  });

  it('successful: an import of 2,000 rows is all written in one statement batch per 500 rows', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => good(`BULK-${i}`));
    const res = await staff.request<{ importCustomers: Record<string, unknown> }>(IMPORT, { csv: csv(...rows) });
    expect(res.data?.importCustomers).toEqual({ __typename: 'CustomerImportSummary', created: 2000, updated: 0 });
    expect(await countOf(`external_id LIKE 'BULK-%'`)).toBe(2000);
  });
});

describe('the queue and the customer list', () => {
  type List = { customers: { totalItems: number; items: { companyName: string; partnerId: string | null }[] } };

  it('successful: filters and sort run in SQL; the queue holds only unassigned customers', async () => {
    await env.fx.createCustomer({
      companyName: 'Queue Zeta',
      industry: 'HEALTHCARE',
      prefecture: 'JP-40',
      products: ['HR'],
    });
    await env.fx.createCustomer({
      companyName: 'Queue Alpha',
      industry: 'HEALTHCARE',
      prefecture: 'JP-40',
      products: ['HR'],
    });
    await env.fx.createCustomer({
      companyName: 'Queue Held',
      industry: 'HEALTHCARE',
      prefecture: 'JP-40',
      products: ['HR'],
      partnerId: env.fx.partnerA.id,
    });
    const res = await staff.request<List>(
      `{ customers(filter: { assigned: false, industry: "HEALTHCARE", prefecture: "JP-40", product: "HR", search: "queue" },
           sort: { field: COMPANY_NAME, direction: ASC }) { totalItems items { companyName partnerId } } }`,
    );
    expect(res.data?.customers).toEqual({
      totalItems: 2,
      items: [
        { companyName: 'Queue Alpha', partnerId: null },
        { companyName: 'Queue Zeta', partnerId: null },
      ],
    });
    const held = await staff.request<List>(
      `{ customers(filter: { assigned: true, search: "Queue" }) { totalItems items { companyName partnerId } } }`,
    );
    expect(held.data?.customers.items).toEqual([{ companyName: 'Queue Held', partnerId: env.fx.partnerA.id }]);
    const csvRes = await staff.request<{ customersCsv: string }>(
      `{ customersCsv(filter: { search: "Queue", assigned: false }) }`,
    );
    expect(csvRes.data?.customersCsv.split('\r\n').filter(Boolean)).toHaveLength(3);
  });

  it('successful: a page costs the same number of statements for 5 or 50 customers with nested firm and history', async () => {
    for (let i = 0; i < 51; i++) await env.fx.createAssignment(i % 2 ? env.fx.partnerA : env.fx.partnerB);
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      const res = await staff.request(
        `query ($take: Int!) { customers(take: $take, filter: { assigned: true }) { items { id partner { id name } assignments { id partner { id } leadConsultant { id } } } } }`,
        { take },
      );
      expect(res.errors).toBeUndefined();
      return env.sqlStatements() - before;
    };
    await cost(1); // warm-up: the session's own statements
    const [small, large] = [await cost(5), await cost(50)];
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});

describe('capacity calendar', () => {
  it('successful: active firms × months with totals and the month’s demand from the queue', async () => {
    const [m0, m1, m2] = monthsFrom(currentMonth(), 3);
    const firm = await env.fx.createPartner();
    await env.fx.offer(firm, m0, 4);
    await env.fx.offer(firm, m1, 2);
    const before = await staff.request<{ capacityCalendar: { totals: { month: string; demand: number }[] } }>(
      `{ capacityCalendar(months: 3) { totals { month demand } } }`,
    );
    const demandBefore = before.data!.capacityCalendar.totals.map((t) => t.demand);
    await env.fx.createCustomer({ contractDate: '2020-01-15' }); // backlog: counts in the first month
    await env.fx.createCustomer({ contractDate: `${m1}-20` });
    await env.fx.createCustomer({ contractDate: `${m2}-02`, partnerId: env.fx.partnerB.id }); // held: no demand
    const res = await staff.request<{
      capacityCalendar: {
        months: string[];
        rows: { partner: { id: string }; months: { offered: number; consumed: number; free: number }[] }[];
        totals: { month: string; demand: number }[];
      };
    }>(
      `{ capacityCalendar(months: 3) { months rows { partner { id } months { offered consumed free } } totals { month demand } } }`,
    );
    const cal = res.data!.capacityCalendar;
    expect(cal.months).toEqual([m0, m1, m2]);
    expect(cal.rows.find((r) => r.partner.id === firm.id)?.months).toEqual([
      { offered: 4, consumed: 0, free: 4 },
      { offered: 2, consumed: 0, free: 2 },
      { offered: 0, consumed: 0, free: 0 },
    ]);
    expect(cal.totals.map((t) => t.demand)).toEqual([demandBefore[0] + 1, demandBefore[1] + 1, demandBefore[2]]);
  });
});
