import { createHash } from 'node:crypto';
import { Clock } from '../src/common/clock';
import { errorCode, GraphQLClient, type GqlResponse } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let clock: Clock;
let admin: GraphQLClient;
let staff: GraphQLClient;
beforeAll(async () => {
  env = await createTestEnvironment();
  clock = env.app.get(Clock);
  admin = await env.clientAs('vendorAdmin');
  staff = await env.clientAs('vendorStaff');
});
afterEach(() => clock.set(null));
afterAll(() => env.close());

const at = (isoDate: string) => clock.set(new Date(`${isoDate}T09:00:00Z`));
const RESULT = `__typename ... on ErrorResult { errorCode message }`;

const createKey = async (name = 'Product usage feed') => {
  const res = await admin.request<{ createIntegrationKey: { secret: string; key: { id: string; prefix: string } } }>(
    `mutation ($i: CreateIntegrationKeyInput!) { createIntegrationKey(input: $i) { secret key { id name prefix createdByEmail revokedAt } } }`,
    { i: { name } },
  );
  return res.data!.createIntegrationKey;
};

/** A request as an integration: no cookie, the key as a bearer token. */
const asKey = <T = Record<string, unknown>>(
  secret: string,
  query: string,
  variables?: Record<string, unknown>,
  locale: 'en' | 'ja' = 'en',
) =>
  new GraphQLClient(env.url, locale).post<T>(JSON.stringify({ query, variables }), {
    authorization: `Bearer ${secret}`,
  });

const REPORT = `mutation ($i: ReportUsageInput!) { reportUsage(input: $i) { ${RESULT} ... on UsageWriteSummary { created updated } ... on UsageReportInvalidError { problems { index message } } } }`;
type ReportResult = {
  reportUsage: {
    __typename: string;
    created?: number;
    updated?: number;
    errorCode?: string;
    problems?: { index: number; message: string }[];
  };
};
const report = (secret: string, items: Record<string, unknown>[], client?: GraphQLClient) =>
  client
    ? client.request<ReportResult>(REPORT, { i: { items } })
    : asKey<ReportResult>(secret, REPORT, { i: { items } });

const snapshotsOf = (customerId: string) =>
  env.db.query(
    `SELECT taken_on::text AS "takenOn", utilization, metrics, source FROM usage_snapshot WHERE customer_id = $1 ORDER BY taken_on`,
    [customerId],
  );

describe('integration API keys', () => {
  it('successful: a key reports usage, the audit entry names it, and once revoked it is refused at once', async () => {
    const customer = await env.fx.createCustomer({ externalId: 'CRM-KEY-1' });
    const { secret, key } = await createKey();
    expect(secret).toMatch(/^baton_/);
    expect(secret.startsWith(key.prefix)).toBe(true);
    const [stored] = await env.db.query(`SELECT secret_hash FROM integration_key WHERE id = $1`, [key.id]);
    expect(stored.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(await env.db.query(`SELECT * FROM integration_key`))).not.toContain(secret);

    const res = await report(secret, [
      { externalId: 'CRM-KEY-1', takenOn: '2026-01-05', utilization: 40, metrics: [{ name: 'invoices', value: 12 }] },
      { customerId: customer.id, takenOn: '2026-01-12', utilization: 55 },
    ]);
    expect(res.data?.reportUsage).toEqual({ __typename: 'UsageWriteSummary', created: 2, updated: 0 });
    expect(await snapshotsOf(customer.id)).toEqual([
      { takenOn: '2026-01-05', utilization: 40, metrics: { invoices: 12 }, source: 'API' },
      { takenOn: '2026-01-12', utilization: 55, metrics: null, source: 'API' },
    ]);
    const [entry] = await env.db.query(
      `SELECT action, actor_id, after FROM audit_log_entry WHERE action = 'usage.report'`,
    );
    expect(entry.actor_id).toBeNull();
    expect(entry.after.integrationKey).toEqual({ id: key.id, name: 'Product usage feed', prefix: key.prefix });
    const listed = await admin.request<{ integrationKeys: { id: string; lastUsedAt: string | null }[] }>(
      `{ integrationKeys { id prefix lastUsedAt } }`,
    );
    expect(listed.data?.integrationKeys.find((k) => k.id === key.id)?.lastUsedAt).not.toBeNull();

    const revoked = await admin.request<{ revokeIntegrationKey: { __typename: string } }>(
      `mutation ($id: ID!) { revokeIntegrationKey(id: $id) { ${RESULT} ... on IntegrationKey { revokedAt } } }`,
      { id: key.id },
    );
    expect(revoked.data?.revokeIntegrationKey.__typename).toBe('IntegrationKey');
    const refused = await report(secret, [{ customerId: customer.id, takenOn: '2026-01-13', utilization: 99 }]);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0].message).toMatch(/unknown or has been revoked/);
    expect(await snapshotsOf(customer.id)).toHaveLength(2);
    const again = await admin.request<{ revokeIntegrationKey: { errorCode: string } }>(
      `mutation ($id: ID!) { revokeIntegrationKey(id: $id) { ${RESULT} } }`,
      { id: key.id },
    );
    expect(again.data?.revokeIntegrationKey.errorCode).toBe('INTEGRATION_KEY_REVOKED');
  });

  it('failing: a key can call nothing but reportUsage, not even public operations', async () => {
    const { secret } = await createKey('Narrow key');
    const refusals = await Promise.all(
      [
        `{ me { id } }`,
        `{ partners { totalItems } }`,
        `{ customers { totalItems } }`,
        `{ activationSettings { threshold } }`,
        `{ integrationKeys { id } }`,
        `mutation { importUsage(input: { csv: "external_id,date,utilization" }) { __typename } }`,
        `mutation { signIn(input: { email: "a@example.com", password: "x" }) { __typename } }`,
      ].map((q) => asKey(secret, q)),
    );
    for (const r of refusals) {
      expect(errorCode(r)).toBe('FORBIDDEN');
      expect(Object.values(r.data ?? {}).filter((v) => v !== null)).toEqual([]);
    }
  });

  it('failing: an unknown or malformed key is unauthenticated, with a message in the caller’s language', async () => {
    const unknown = await asKey('baton_not-a-real-key', `{ me { id } }`, undefined, 'ja');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].message).toContain('APIキー');
    const basic = await new GraphQLClient(env.url).post<Record<string, unknown>>(
      JSON.stringify({ query: `{ me { id } }` }),
      {
        authorization: 'Basic abc',
      },
    );
    expect(errorCode(basic)).toBe('UNAUTHENTICATED');
  });

  it('failing: no signed-in user may call reportUsage, and only vendor admins manage keys', async () => {
    const customer = await env.fx.createCustomer();
    const item = { customerId: customer.id, takenOn: '2026-01-05', utilization: 50 };
    expect(errorCode(await report('', [item], admin))).toBe('FORBIDDEN');
    expect(errorCode(await report('', [item], await env.clientAs('partnerAAdmin')))).toBe('FORBIDDEN');
    expect(errorCode(await report('', [item], await env.clientAs('anonymous')))).toBe('UNAUTHENTICATED');
    const byStaff = await staff.request(`mutation { createIntegrationKey(input: { name: "x" }) { secret } }`);
    expect(errorCode(byStaff)).toBe('FORBIDDEN');
    expect(await snapshotsOf(customer.id)).toEqual([]);
  });

  it('failing: a batch with an unknown customer or a future day saves nothing; a bad score is bad input', async () => {
    at('2026-02-10');
    const customer = await env.fx.createCustomer();
    const { secret } = await createKey('Batch key');
    const res = await report(secret, [
      { customerId: customer.id, takenOn: '2026-02-01', utilization: 50 },
      { externalId: 'NO-SUCH-CRM-ID', takenOn: '2026-02-01', utilization: 50 },
      { customerId: customer.id, takenOn: '2026-02-11', utilization: 50 },
    ]);
    expect(res.data?.reportUsage.errorCode).toBe('USAGE_REPORT_INVALID');
    expect(res.data?.reportUsage.problems?.map((p) => p.index)).toEqual([1, 2]);
    expect(await snapshotsOf(customer.id)).toEqual([]);
    const bad = await report(secret, [{ customerId: customer.id, takenOn: '2026-02-01', utilization: 101 }]);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});

const PREVIEW = `query ($i: ImportUsageInput!) { usageImportPreview(input: $i) { totalRows validRows toCreate toUpdate issues { row column message } sample { row externalId utilization metrics { name value } } } }`;
type Preview = {
  usageImportPreview: {
    totalRows: number;
    validRows: number;
    toCreate: number;
    toUpdate: number;
    issues: { row: number; column: string | null; message: string }[];
  };
};
const IMPORT = `mutation ($i: ImportUsageInput!) { importUsage(input: $i) { ${RESULT} ... on UsageWriteSummary { created updated } ... on UsageImportInvalidError { invalidRows } } }`;
type Imported = { importUsage: { __typename: string; created?: number; updated?: number; invalidRows?: number } };

describe('usage CSV import', () => {
  const bad = (id: string) =>
    [
      'external_id,date,utilization,metric:logins',
      `${id},2026-03-01,70,15`,
      'UNKNOWN-CRM,2026-03-01,70,',
      `${id},2026-03-02,abc,`,
      `${id},2026-03-09,70,`,
      `${id},2026-03-01,71,`,
    ].join('\n');

  it('failing: the preview lists every invalid row with its number and reason, in English and Japanese', async () => {
    at('2026-03-05');
    await env.fx.createCustomer({ externalId: 'CRM-CSV-1' });
    const en = await staff.request<Preview>(PREVIEW, { i: { csv: bad('CRM-CSV-1') } });
    expect(en.data?.usageImportPreview).toMatchObject({ totalRows: 5, validRows: 1, toCreate: 1, toUpdate: 0 });
    expect(en.data?.usageImportPreview.issues).toEqual([
      { row: 3, column: 'external_id', message: 'No customer has the id “UNKNOWN-CRM”.' },
      { row: 4, column: 'utilization', message: '“abc” is not a whole number from 0 to 100.' },
      { row: 5, column: 'date', message: '2026-03-09 is in the future: report usage for today or an earlier day.' },
      { row: 6, column: 'date', message: 'The customer “CRM-CSV-1” already has a report for 2026-03-01 in row 2.' },
    ]);
    const ja = await (
      await env.clientAs('vendorStaff', 'ja')
    ).request<Preview>(PREVIEW, { i: { csv: bad('CRM-CSV-1') } });
    expect(ja.data?.usageImportPreview.issues.map((i) => [i.row, i.message])).toEqual([
      [3, 'ID「UNKNOWN-CRM」の顧客は存在しません。'],
      [4, '「abc」は0〜100の整数ではありません。'],
      [5, '2026-03-09は未来の日付です。今日以前の利用状況を報告してください。'],
      [6, '顧客「CRM-CSV-1」の2026-03-01の報告は2行目に既にあります。'],
    ]);
  });

  it('successful: the import is all-or-nothing and upserts by customer and day', async () => {
    at('2026-03-05');
    const customer = await env.fx.createCustomer({ externalId: 'CRM-CSV-2' });
    const refused = await staff.request<Imported>(IMPORT, { i: { csv: bad('CRM-CSV-2') } });
    expect(refused.data?.importUsage).toMatchObject({ errorCode: 'USAGE_IMPORT_INVALID', invalidRows: 4 });
    expect(await snapshotsOf(customer.id)).toEqual([]);

    const csv = 'external_id,date,utilization,metric:logins\nCRM-CSV-2,2026-03-01,40,15\nCRM-CSV-2,2026/3/2,45,\n';
    const first = await staff.request<Imported>(IMPORT, { i: { csv } });
    expect(first.data?.importUsage).toEqual({ __typename: 'UsageWriteSummary', created: 2, updated: 0 });
    const again = 'external_id,date,utilization\nCRM-CSV-2,2026-03-02,65\nCRM-CSV-2,2026-03-03,66\n';
    const preview = await staff.request<Preview>(PREVIEW, { i: { csv: again } });
    expect(preview.data?.usageImportPreview).toMatchObject({ toCreate: 1, toUpdate: 1, issues: [] });
    const second = await staff.request<Imported>(IMPORT, { i: { csv: again } });
    expect(second.data?.importUsage).toEqual({ __typename: 'UsageWriteSummary', created: 1, updated: 1 });
    expect(await snapshotsOf(customer.id)).toEqual([
      { takenOn: '2026-03-01', utilization: 40, metrics: { logins: 15 }, source: 'CSV' },
      { takenOn: '2026-03-02', utilization: 65, metrics: null, source: 'CSV' },
      { takenOn: '2026-03-03', utilization: 66, metrics: null, source: 'CSV' },
    ]);
    const [{ n }] = await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry WHERE action = 'usage.import'`);
    expect(n).toBe(2);
  });

  it('failing: partner users cannot preview or import', async () => {
    const partner = await env.clientAs('partnerAAdmin');
    const csv = 'external_id,date,utilization\nX,2026-01-01,1\n';
    expect(errorCode(await partner.request(IMPORT, { i: { csv } }))).toBe('FORBIDDEN');
    expect(errorCode(await partner.request(PREVIEW, { i: { csv } }))).toBe('FORBIDDEN');
  });
});

const PROJECT = `query ($id: ID!) { onboardingProject(id: $id) { id activation { outcome activatedOn day currentDay threshold windowDays deadline flag } usage { weeks { weekStart mean } markers { level trend alarm } } usageSnapshots { takenOn utilization metrics { name value } } } }`;
type Activation = {
  outcome: string;
  activatedOn: string | null;
  day: number | null;
  currentDay: number;
  flag: string | null;
  deadline: string;
};
type ProjectUsage = {
  onboardingProject: {
    id: string;
    activation: Activation;
    usage: { markers: { level: number | null; alarm: boolean } };
  } | null;
};
const OUTREACH = `query ($flag: OutreachFlag, $partnerId: ID) { activationOutreach(flag: $flag, partnerId: $partnerId) { projectId customerName partnerName day flag latestUtilization } }`;
type Outreach = {
  activationOutreach: { projectId: string; day: number; flag: string; latestUtilization: number | null }[];
};

describe('activation and outreach', () => {
  it('successful: a project activates when utilization first reaches the threshold within the window', async () => {
    const project = await env.fx.createProject(env.fx.partnerA, { startDate: '2026-01-01' });
    const { secret } = await createKey('Activation key');
    at('2026-01-20');
    await report(secret, [{ customerId: project.customerId, takenOn: '2026-01-10', utilization: 59 }]);
    const pending = await staff.request<ProjectUsage>(PROJECT, { id: project.id });
    expect(pending.data?.onboardingProject?.activation).toMatchObject({
      outcome: 'PENDING',
      activatedOn: null,
      currentDay: 20,
      threshold: 60,
      windowDays: 90,
      deadline: '2026-03-31',
      flag: null,
    });
    await report(secret, [{ customerId: project.customerId, takenOn: '2026-01-15', utilization: 60 }]);
    const activated = await staff.request<ProjectUsage>(PROJECT, { id: project.id });
    expect(activated.data?.onboardingProject?.activation).toMatchObject({
      outcome: 'ACTIVATED',
      activatedOn: '2026-01-15',
      day: 15,
    });
    expect(activated.data?.onboardingProject?.usage.markers.level).toBe(60);
  });

  it('successful: a customer below the threshold is flagged on day 30 and day 60, then leaves the list when it activates', async () => {
    const project = await env.fx.createProject(env.fx.partnerB, { startDate: '2026-01-01' });
    const { secret } = await createKey('Outreach key');
    const flagged = async (flag?: string) =>
      (await staff.request<Outreach>(OUTREACH, { flag })).data!.activationOutreach.find(
        (o) => o.projectId === project.id,
      );
    at('2026-01-29');
    await report(secret, [{ customerId: project.customerId, takenOn: '2026-01-20', utilization: 20 }]);
    expect(await flagged()).toBeUndefined();
    at('2026-01-30');
    expect(await flagged()).toMatchObject({ day: 30, flag: 'DAY_30', latestUtilization: 20 });
    at('2026-03-01');
    expect(await flagged()).toMatchObject({ day: 60, flag: 'DAY_60' });
    expect(await flagged('DAY_30')).toBeUndefined();
    const other = await staff.request<Outreach>(OUTREACH, { partnerId: env.fx.partnerA.id });
    expect(other.data?.activationOutreach.some((o) => o.projectId === project.id)).toBe(false);
    await report(secret, [{ customerId: project.customerId, takenOn: '2026-03-01', utilization: 61 }]);
    expect(await flagged()).toBeUndefined();
    at('2026-04-01');
    const late = await staff.request<ProjectUsage>(PROJECT, { id: project.id });
    expect(late.data?.onboardingProject?.activation).toMatchObject({ outcome: 'ACTIVATED', day: 60 });
  });

  it('successful: outreach counts reports from the start day on, the threshold included, and shows the latest report', async () => {
    const firm = await env.fx.createPartner();
    const snapshot = (customerId: string, takenOn: string, utilization: number) =>
      env.db.query(
        `INSERT INTO usage_snapshot (customer_id, taken_on, utilization, source) VALUES ($1, $2, $3, 'API')`,
        [customerId, takenOn, utilization],
      );
    // On 2026-06-10, a project started 2026-05-01 is on day 41 and one started 2026-04-01 on day 71.
    const highBeforeStart = await env.fx.createProject(firm, { startDate: '2026-05-01' });
    await snapshot(highBeforeStart.customerId, '2026-04-20', 90);
    await snapshot(highBeforeStart.customerId, '2026-05-20', 30);
    const onlyBeforeStart = await env.fx.createProject(firm, { startDate: '2026-05-01' });
    await snapshot(onlyBeforeStart.customerId, '2026-04-30', 70);
    const silent = await env.fx.createProject(firm, { startDate: '2026-05-01' });
    const atThresholdOnStart = await env.fx.createProject(firm, { startDate: '2026-05-01' });
    await snapshot(atThresholdOnStart.customerId, '2026-05-01', 60);
    const churned = await env.fx.createProject(firm, { startDate: '2026-05-01' });
    await env.db.query(`UPDATE onboarding_project SET churned_at = '2026-05-15' WHERE id = $1`, [churned.id]);
    const older = await env.fx.createProject(firm, { startDate: '2026-04-01' });
    await snapshot(older.customerId, '2026-04-10', 59);
    const tooOld = await env.fx.createProject(firm, { startDate: '2026-03-01' });
    at('2026-06-10');

    const res = await staff.request<{
      activationOutreach: { projectId: string; customerName: string; partnerName: string; latestUtilization: number }[];
    }>(OUTREACH, { partnerId: firm.id });
    const names = new Map<string, string>(
      (
        await env.db.query(
          `SELECT p.id, c.company_name AS name FROM onboarding_project p JOIN customer_account c ON c.id = p.customer_id WHERE p.partner_id = $1`,
          [firm.id],
        )
      ).map((r: { id: string; name: string }) => [r.id, r.name] as const),
    );
    const row = (p: { id: string }, day: number, flag: string, latestUtilization: number | null) => ({
      projectId: p.id,
      customerName: names.get(p.id)!,
      partnerName: firm.name,
      day,
      flag,
      latestUtilization,
    });
    // Latest day first, then by customer name.
    const day41 = [
      row(highBeforeStart, 41, 'DAY_30', 30),
      row(onlyBeforeStart, 41, 'DAY_30', 70),
      row(silent, 41, 'DAY_30', null),
    ];
    expect(res.data?.activationOutreach).toEqual([
      row(older, 71, 'DAY_60', 59),
      ...day41.sort((a, b) => a.customerName.localeCompare(b.customerName)),
    ]);
    expect(
      res.data?.activationOutreach.some((o) => [atThresholdOnStart.id, churned.id, tooOld.id].includes(o.projectId)),
    ).toBe(false);
  });

  it('failing: the window closes without activation; partners read only their own projects; only vendors see outreach', async () => {
    const project = await env.fx.createProject(env.fx.partnerA, { startDate: '2026-01-01' });
    at('2026-04-01');
    const mine = await (await env.clientAs('partnerAAdmin')).request<ProjectUsage>(PROJECT, { id: project.id });
    expect(mine.data?.onboardingProject?.activation).toMatchObject({ outcome: 'NOT_ACTIVATED', flag: null });
    const foreign = await (await env.clientAs('partnerBAdmin')).request<ProjectUsage>(PROJECT, { id: project.id });
    expect(foreign.data?.onboardingProject ?? null).toBeNull();
    expect(errorCode(await (await env.clientAs('partnerAAdmin')).request(OUTREACH))).toBe('FORBIDDEN');
  });
});

describe('activation settings', () => {
  const UPDATE = `mutation ($i: UpdateActivationSettingsInput!) { updateActivationSettings(input: $i) { threshold windowDays updatedByEmail } }`;

  it('successful: a vendor admin changes the threshold and window (audited); everyone signed in reads them', async () => {
    const res = await admin.request<{ updateActivationSettings: { threshold: number } }>(UPDATE, {
      i: { threshold: 70, windowDays: 120 },
    });
    expect(res.data?.updateActivationSettings).toMatchObject({ threshold: 70, windowDays: 120 });
    const member = await env.clientAs('partnerAMember');
    const read = await member.request<{ activationSettings: { threshold: number } }>(
      `{ activationSettings { threshold windowDays } }`,
    );
    expect(read.data?.activationSettings).toEqual({ threshold: 70, windowDays: 120 });
    const [entry] = await env.db.query(
      `SELECT before, after FROM audit_log_entry WHERE action = 'activation.settings'`,
    );
    expect(entry).toEqual({ before: { threshold: 60, windowDays: 90 }, after: { threshold: 70, windowDays: 120 } });
    await admin.request(UPDATE, { i: { threshold: 60, windowDays: 90 } });
  });

  it('failing: vendor staff cannot change them, and out-of-range values are bad input', async () => {
    const byStaff: GqlResponse = await staff.request(UPDATE, { i: { threshold: 50, windowDays: 90 } });
    expect(errorCode(byStaff)).toBe('FORBIDDEN');
    const zero = await admin.request(UPDATE, { i: { threshold: 0, windowDays: 366 } });
    expect(errorCode(zero)).toBe('BAD_USER_INPUT');
  });
});
