import { Role } from '@baton/shared';
import { ApplicationScore, SELECTION_CRITERIA } from '../src/applications/application-score.entity';
import { MAX_APPLICATIONS_PER_ADDRESS } from '../src/applications/application-intake.service';
import { PartnerApplication, PartnerApplicationStatus } from '../src/applications/partner-application.entity';
import { Partner, PartnerKind, PartnerStatus } from '../src/partners/partner.entity';
import { applicationInput, insertApplication } from './support/applications';
import { errorCode, type GqlResponse } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const count = async (sql: string, params: unknown[] = []) =>
  Number((await env.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);
const applications = () => count('partner_application');
const auditEntries = () => count('audit_log_entry');
const fieldErrors = (res: GqlResponse) => res.errors?.[0].extensions?.fieldErrors;

const SUBMIT = `mutation ($input: SubmitPartnerApplicationInput!) { submitPartnerApplication(input: $input) {
  __typename ... on ApplicationReceived { reference } ... on TooManyApplicationsError { errorCode message retryAfterSeconds } } }`;
type Submitted = { submitPartnerApplication: Record<string, unknown> };

describe('public application', () => {
  it('successful: anyone applies without signing in; one row, one audit entry, only a reference comes back', async () => {
    const anonymous = await env.clientAs('anonymous');
    const input = applicationInput({ firmName: '  Gamma Labor  ', regions: ['JP-13', 'JP-13'] });
    const [rowsBefore, auditBefore] = [await applications(), await auditEntries()];
    const res = await anonymous.request<Submitted>(SUBMIT, { input });
    expect(res.errors).toBeUndefined();
    const { __typename, reference } = res.data!.submitPartnerApplication as { __typename: string; reference: string };
    expect(__typename).toBe('ApplicationReceived');
    expect(reference).toMatch(/^APP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(Object.keys(res.data!.submitPartnerApplication)).toEqual(['__typename', 'reference']);

    const row = await env.db.getRepository(PartnerApplication).findOneByOrFail({ reference });
    expect(row).toMatchObject({
      firmName: 'Gamma Labor',
      kind: PartnerKind.LABOR_CONSULTANT_OFFICE,
      contactEmail: input.contactEmail,
      monthlyCapacity: 6,
      regions: ['JP-13'],
      status: PartnerApplicationStatus.SUBMITTED,
      decidedAt: null,
    });
    expect(row.ip).toMatch(/127\.0\.0\.1/);
    expect([await applications(), await auditEntries()]).toEqual([rowsBefore + 1, auditBefore + 1]);
    const [entry] = await env.db.query(`SELECT action, actor_id FROM audit_log_entry WHERE entity_id = $1`, [row.id]);
    expect(entry).toEqual({ action: 'partnerApplication.submit', actor_id: null });
  });

  it.each([
    ['en', 'Firm name is required.', 'Expansion plans must be at most 4000 characters long.'],
    ['ja', '企業名は必須です。', '体制拡大の計画は4000文字以内で入力してください。'],
  ] as const)(
    'failing: bad input is refused field by field in %s and writes nothing',
    async (locale, empty, tooLong) => {
      const anonymous = await env.clientAs('anonymous', locale);
      const [rowsBefore, auditBefore] = [await applications(), await auditEntries()];
      const res = await anonymous.request(SUBMIT, {
        input: applicationInput({
          firmName: '   ',
          expansionPlans: 'x'.repeat(4001),
          industries: ['RETAIL', 'SPACE'],
          monthlyCapacity: -1,
          contactEmail: 'not-an-email',
        }),
      });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      const ja = locale === 'ja';
      expect(fieldErrors(res)).toEqual([
        { field: 'firmName', message: empty },
        {
          field: 'contactEmail',
          message: ja
            ? '担当者メールアドレスは有効なメールアドレスで入力してください。'
            : 'Contact email must be a valid email address.',
        },
        {
          field: 'monthlyCapacity',
          message: ja ? '月間対応可能件数は0以上で指定してください。' : 'Monthly capacity must be at least 0.',
        },
        {
          field: 'industries',
          message: ja
            ? '得意業種に許可されていない値が指定されています。'
            : 'Industries has a value that is not allowed.',
        },
        { field: 'expansionPlans', message: tooLong },
      ]);
      expect([await applications(), await auditEntries()]).toEqual([rowsBefore, auditBefore]);
    },
  );

  it('failing: capacity above 1000 and oversized lists are refused', async () => {
    const anonymous = await env.clientAs('anonymous');
    const res = await anonymous.request(SUBMIT, {
      input: applicationInput({ monthlyCapacity: 1001, languages: Array(7).fill('ja'), firmName: 'x'.repeat(201) }),
    });
    expect(fieldErrors(res)).toEqual([
      { field: 'firmName', message: 'Firm name must be at most 200 characters long.' },
      { field: 'monthlyCapacity', message: 'Monthly capacity must be at most 1000.' },
      { field: 'languages', message: 'Languages may hold at most 6 entries.' },
    ]);
  });

  it('honeypot: a filled hidden field gets the same answer, and no application is stored', async () => {
    const anonymous = await env.clientAs('anonymous');
    const rowsBefore = await applications();
    const auditBefore = await count('audit_log_entry');
    const res = await anonymous.request<Submitted>(SUBMIT, {
      input: applicationInput({ firmName: 'Bot Firm', companyUrl: 'http://spam.example' }),
    });
    expect(res.data?.submitPartnerApplication).toEqual({
      __typename: 'ApplicationReceived',
      reference: expect.stringMatching(/^APP-/),
    });
    expect(await applications()).toBe(rowsBefore);
    expect(await count(`partner_application WHERE firm_name = 'Bot Firm'`)).toBe(0);
    expect(await count('audit_log_entry')).toBe(auditBefore);
  });
});

const APPLICATION = `id reference status decisionReason decidedAt decidedByEmail unscoredCriteria averageScore
  scorecard { criterion score note scoredByEmail }`;
const SCORE = `mutation ($input: ScorePartnerApplicationInput!) { scorePartnerApplication(input: $input) {
  __typename ... on PartnerApplication { ${APPLICATION} } ... on ErrorResult { errorCode message }
  ... on ApplicationAlreadyDecidedError { status } } }`;
const APPROVE = `mutation ($input: ApprovePartnerApplicationInput!) { approvePartnerApplication(input: $input) {
  __typename ... on PartnerApplicationApproved { invitationUrl application { ${APPLICATION} createdPartner { id } }
    partner { id name status kind regions headcountAtStart contactEmail statusHistory { fromStatus toStatus reason changedByEmail } } }
  ... on ErrorResult { errorCode message } ... on ApplicationNotScoredError { unscoredCriteria }
  ... on ApplicationAlreadyDecidedError { status } } }`;
const REJECT = `mutation ($input: RejectPartnerApplicationInput!) { rejectPartnerApplication(input: $input) {
  __typename ... on PartnerApplication { ${APPLICATION} } ... on ErrorResult { errorCode message }
  ... on ApplicationAlreadyDecidedError { status } } }`;
type Result = Record<string, unknown>;
const allScores = (score = 4) => SELECTION_CRITERIA.map((criterion) => ({ criterion, score, note: `${criterion} ok` }));

describe('scoring', () => {
  it('successful: partial scoring puts the application under review; scoring again overwrites; each step audited once', async () => {
    const app = await insertApplication(env.db);
    const staff = await env.clientAs('vendorStaff');
    const admin = await env.clientAs('vendorAdmin');
    const auditBefore = await auditEntries();
    const first = await staff.request<{ scorePartnerApplication: Result }>(SCORE, {
      input: {
        applicationId: app.id,
        scores: [
          { criterion: 'COMMUNICATION', score: 3, note: 'Clear, a bit slow' },
          { criterion: 'DOMAIN_EXPERTISE', score: 5, note: 'Payroll specialists' },
        ],
      },
    });
    expect(first.data?.scorePartnerApplication).toMatchObject({
      __typename: 'PartnerApplication',
      status: 'UNDER_REVIEW',
      averageScore: 4,
      unscoredCriteria: [
        'PROJECT_MANAGEMENT',
        'HEADCOUNT_AT_START',
        'STABLE_MONTHLY_CAPACITY',
        'WILLINGNESS_TO_EXPAND',
      ],
      scorecard: [
        { criterion: 'DOMAIN_EXPERTISE', score: 5, note: 'Payroll specialists', scoredByEmail: 'staff@vendor.test' },
        { criterion: 'COMMUNICATION', score: 3, note: 'Clear, a bit slow', scoredByEmail: 'staff@vendor.test' },
      ],
    });
    const again = await admin.request<{ scorePartnerApplication: Result }>(SCORE, {
      input: { applicationId: app.id, scores: [{ criterion: 'COMMUNICATION', score: 4, note: 'Better in 2nd call' }] },
    });
    expect(again.data?.scorePartnerApplication).toMatchObject({
      status: 'UNDER_REVIEW',
      scorecard: [
        { criterion: 'DOMAIN_EXPERTISE', score: 5 },
        { criterion: 'COMMUNICATION', score: 4, note: 'Better in 2nd call', scoredByEmail: 'admin@vendor.test' },
      ],
    });
    expect(await count('partner_application_score WHERE application_id = $1', [app.id])).toBe(2);
    expect(await auditEntries()).toBe(auditBefore + 2);
  });

  it.each(['partnerAAdmin', 'partnerAMember', 'auditor', 'anonymous'] as const)(
    'failing: %s may not score (nothing written)',
    async (actor) => {
      const app = await insertApplication(env.db);
      const client = await env.clientAs(actor);
      const res = await client.request(SCORE, { input: { applicationId: app.id, scores: allScores() } });
      expect(errorCode(res)).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(await count('partner_application_score WHERE application_id = $1', [app.id])).toBe(0);
    },
  );

  it('failing: a score outside 1–5, a criterion twice or no note is bad input', async () => {
    const app = await insertApplication(env.db);
    const staff = await env.clientAs('vendorStaff', 'ja');
    const res = await staff.request(SCORE, {
      input: {
        applicationId: app.id,
        scores: [
          { criterion: 'COMMUNICATION', score: 6, note: 'x' },
          { criterion: 'COMMUNICATION', score: 1, note: ' ' },
        ],
      },
    });
    expect(fieldErrors(res)).toEqual([
      { field: 'scores', message: '評価に同じ項目が重複しています。' },
      { field: 'scores.0.score', message: 'スコアは5以下で指定してください。' },
      { field: 'scores.1.note', message: 'メモは必須です。' },
    ]);
  });

  it('failing: an unknown application is not found', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ scorePartnerApplication: Result }>(SCORE, {
      input: { applicationId: '00000000-0000-4000-8000-000000000000', scores: allScores() },
    });
    expect(res.data?.scorePartnerApplication).toMatchObject({
      errorCode: 'NOT_FOUND',
      message: 'The application was not found.',
    });
  });
});

describe('decision', () => {
  it('successful: approval creates the ACTIVE firm with its history and the admin invitation, audited once', async () => {
    const anonymous = await env.clientAs('anonymous');
    const input = applicationInput({ firmName: 'Delta Accounting', kind: 'ACCOUNTING_FIRM', regions: ['JP-27'] });
    const { reference } = (await anonymous.request<Submitted>(SUBMIT, { input })).data!.submitPartnerApplication as {
      reference: string;
    };
    const app = await env.db.getRepository(PartnerApplication).findOneByOrFail({ reference });
    const staff = await env.clientAs('vendorStaff');
    await staff.request(SCORE, { input: { applicationId: app.id, scores: allScores(5) } });

    const [partnersBefore, auditBefore] = [await count('partner'), await auditEntries()];
    const res = await staff.request<{ approvePartnerApplication: Record<string, any> }>(APPROVE, {
      input: { applicationId: app.id, note: 'Strong payroll team' },
    });
    const approved = res.data!.approvePartnerApplication;
    expect(approved.__typename).toBe('PartnerApplicationApproved');
    expect(approved.partner).toEqual({
      id: expect.any(String),
      name: 'Delta Accounting',
      status: 'ACTIVE',
      kind: 'ACCOUNTING_FIRM',
      regions: ['JP-27'],
      headcountAtStart: 4,
      contactEmail: input.contactEmail,
      statusHistory: [
        {
          fromStatus: null,
          toStatus: 'ACTIVE',
          reason: `Application ${reference} approved`,
          changedByEmail: 'staff@vendor.test',
        },
      ],
    });
    expect(approved.application).toMatchObject({
      status: 'APPROVED',
      decisionReason: 'Strong payroll team',
      decidedByEmail: 'staff@vendor.test',
      unscoredCriteria: [],
      averageScore: 5,
      createdPartner: { id: approved.partner.id },
    });
    expect(approved.invitationUrl).toMatch(/^\/invitation\/[\w-]{20,}$/);

    expect(await count('partner')).toBe(partnersBefore + 1);
    const invitations = await env.db.query(`SELECT email, role, partner_id FROM invitation WHERE partner_id = $1`, [
      approved.partner.id,
    ]);
    expect(invitations).toEqual([
      { email: input.contactEmail, role: 'PARTNER_ADMIN', partner_id: approved.partner.id },
    ]);
    expect(await auditEntries()).toBe(auditBefore + 1);
    const [entry] = await env.db.query(
      `SELECT action, actor_email FROM audit_log_entry WHERE entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [app.id],
    );
    expect(entry).toEqual({ action: 'partnerApplication.approve', actor_email: 'staff@vendor.test' });

    // The invitee can follow the link: the firm's first partner admin.
    const preview = await anonymous.request<{ invitation: { partnerName: string; role: string } }>(
      `query ($t: String!) { invitation(token: $t) { partnerName role } }`,
      { t: approved.invitationUrl.split('/').pop() },
    );
    expect(preview.data?.invitation).toEqual({ partnerName: 'Delta Accounting', role: 'PARTNER_ADMIN' });

    // Decided is final.
    const twice = await staff.request<{ approvePartnerApplication: Result }>(APPROVE, {
      input: { applicationId: app.id },
    });
    expect(twice.data?.approvePartnerApplication).toMatchObject({
      __typename: 'ApplicationAlreadyDecidedError',
      errorCode: 'APPLICATION_ALREADY_DECIDED',
      status: 'APPROVED',
    });
    const reject = await staff.request<{ rejectPartnerApplication: Result }>(REJECT, {
      input: { applicationId: app.id, reason: 'changed my mind' },
    });
    expect(reject.data?.rejectPartnerApplication).toMatchObject({ errorCode: 'APPLICATION_ALREADY_DECIDED' });
    const rescore = await staff.request<{ scorePartnerApplication: Result }>(SCORE, {
      input: { applicationId: app.id, scores: allScores(1) },
    });
    expect(rescore.data?.scorePartnerApplication).toMatchObject({ errorCode: 'APPLICATION_ALREADY_DECIDED' });
    expect(await count('partner')).toBe(partnersBefore + 1);
    expect(await auditEntries()).toBe(auditBefore + 1);
  });

  it('failing: approving before all six criteria are scored names what is missing and writes nothing', async () => {
    const app = await insertApplication(env.db);
    await env.db
      .getRepository(ApplicationScore)
      .insert({ applicationId: app.id, criterion: SELECTION_CRITERIA[0], score: 3, note: 'ok' });
    const staff = await env.clientAs('vendorStaff', 'ja');
    const partnersBefore = await count('partner');
    const res = await staff.request<{ approvePartnerApplication: Result }>(APPROVE, {
      input: { applicationId: app.id },
    });
    expect(res.data?.approvePartnerApplication).toEqual({
      __typename: 'ApplicationNotScoredError',
      errorCode: 'APPLICATION_NOT_SCORED',
      message:
        '承認の前にすべての評価項目を採点してください。未採点: プロジェクト管理力, コミュニケーション力, 契約開始時の人数, 安定した月間キャパシティ, 体制拡大の意欲。',
      unscoredCriteria: SELECTION_CRITERIA.slice(1),
    });
    expect(await count('partner')).toBe(partnersBefore);
    expect((await env.db.getRepository(PartnerApplication).findOneByOrFail({ id: app.id })).status).toBe('SUBMITTED');
  });

  it('failing: a contact whose e-mail already has an account rolls the whole approval back', async () => {
    const app = await insertApplication(env.db, { scored: true });
    await env.db.getRepository(PartnerApplication).update(app.id, { contactEmail: 'admin@alpha.test' });
    const staff = await env.clientAs('vendorStaff');
    const [partnersBefore, auditBefore] = [await count('partner'), await auditEntries()];
    const res = await staff.request<{ approvePartnerApplication: Result }>(APPROVE, {
      input: { applicationId: app.id },
    });
    expect(res.data?.approvePartnerApplication).toMatchObject({ errorCode: 'EMAIL_ALREADY_USED' });
    expect([await count('partner'), await auditEntries()]).toEqual([partnersBefore, auditBefore]);
    expect((await env.db.getRepository(PartnerApplication).findOneByOrFail({ id: app.id })).status).toBe('SUBMITTED');
  });

  it('successful: rejection keeps its reason; failing: without a reason it is bad input', async () => {
    const app = await insertApplication(env.db);
    const staff = await env.clientAs('vendorStaff', 'ja');
    const empty = await staff.request(REJECT, { input: { applicationId: app.id, reason: '  ' } });
    expect(fieldErrors(empty)).toEqual([{ field: 'reason', message: '理由は必須です。' }]);

    const auditBefore = await auditEntries();
    const res = await staff.request<{ rejectPartnerApplication: Result }>(REJECT, {
      input: { applicationId: app.id, reason: ' Capacity too small for our pipeline ' },
    });
    expect(res.data?.rejectPartnerApplication).toMatchObject({
      __typename: 'PartnerApplication',
      status: 'REJECTED',
      decisionReason: 'Capacity too small for our pipeline',
      decidedByEmail: 'staff@vendor.test',
      decidedAt: expect.any(String),
    });
    expect(await auditEntries()).toBe(auditBefore + 1);
    const approve = await staff.request<{ approvePartnerApplication: Result }>(APPROVE, {
      input: { applicationId: app.id },
    });
    expect(approve.data?.approvePartnerApplication).toMatchObject({ status: 'REJECTED' });
  });

  it('failing: an auditor reads but cannot decide', async () => {
    const app = await insertApplication(env.db, { scored: true });
    const auditor = await env.clientAs('auditor');
    expect(errorCode(await auditor.request(APPROVE, { input: { applicationId: app.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await auditor.request(REJECT, { input: { applicationId: app.id, reason: 'no' } }))).toBe(
      'FORBIDDEN',
    );
    const read = await auditor.request<{ partnerApplication: { id: string } }>(
      `query ($id: ID!) { partnerApplication(id: $id) { id scorecard { score } } }`,
      { id: app.id },
    );
    expect(read.data?.partnerApplication.id).toBe(app.id);
  });
});

describe('list', () => {
  const LIST = `query ($filter: PartnerApplicationFilter, $sort: PartnerApplicationSort, $take: Int) {
    partnerApplications(filter: $filter, sort: $sort, take: $take) { totalItems items { firmName status } } }`;
  type List = { partnerApplications: { totalItems: number; items: { firmName: string; status: string }[] } };

  it('filters by status and search, pages, newest first', async () => {
    const a = await insertApplication(env.db);
    await env.db.getRepository(PartnerApplication).update(a.id, { firmName: 'Zeta Searchable Office' });
    const staff = await env.clientAs('vendorStaff');
    const found = await staff.request<List>(LIST, { filter: { search: 'searchable', statuses: ['SUBMITTED'] } });
    expect(found.data?.partnerApplications).toEqual({
      totalItems: 1,
      items: [{ firmName: 'Zeta Searchable Office', status: 'SUBMITTED' }],
    });
    const all = await count('partner_application');
    const page = await staff.request<List>(LIST, { take: 2 });
    expect(page.data?.partnerApplications.totalItems).toBe(all);
    expect(page.data?.partnerApplications.items).toHaveLength(2);
    expect(page.data?.partnerApplications.items[0].firmName).toBe('Zeta Searchable Office');
    const byName = await staff.request<List>(LIST, { sort: { field: 'FIRM_NAME', direction: 'ASC' }, take: 1 });
    expect(byName.data?.partnerApplications.items[0].firmName).toMatch(/^Applicant /);
    const desc = await staff.request<List>(LIST, { sort: { field: 'FIRM_NAME', direction: 'DESC' }, take: 1 });
    expect(desc.data?.partnerApplications.items[0].firmName).toBe('Zeta Searchable Office');
  });

  it.each(['partnerAAdmin', 'partnerBAdmin', 'partnerAMember'] as const)('failing: %s cannot list', async (actor) => {
    const client = await env.clientAs(actor);
    expect(errorCode(await client.request(LIST, {}))).toBe('FORBIDDEN');
  });
});

describe('on the partner page', () => {
  const PAGE = `query ($id: ID!) { partner(id: $id) { id name application { reference status decisionReason decidedByEmail
    scorecard { criterion score note } } } }`;

  /** A firm approved from an application, with a partner admin of its own. */
  async function approvedFirm(name: string) {
    const partner = await env.db
      .getRepository(Partner)
      .save({ name, kind: PartnerKind.OTHER, status: PartnerStatus.ACTIVE });
    const app = await insertApplication(env.db, { scored: true });
    await env.db.getRepository(PartnerApplication).update(app.id, {
      status: PartnerApplicationStatus.APPROVED,
      decidedAt: new Date(),
      decidedByEmail: 'staff@vendor.test',
      decisionReason: 'Good fit',
      createdPartnerId: partner.id,
    });
    return { partner, app };
  }

  it('vendor staff and auditors see the scorecard and decision', async () => {
    const { partner, app } = await approvedFirm('Epsilon Partners');
    for (const actor of ['vendorStaff', 'vendorAdmin', 'auditor'] as const) {
      const res = await (await env.clientAs(actor)).request<{ partner: Record<string, any> }>(PAGE, { id: partner.id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.partner.application).toMatchObject({
        reference: app.reference,
        status: 'APPROVED',
        decisionReason: 'Good fit',
        decidedByEmail: 'staff@vendor.test',
      });
      expect(res.data?.partner.application.scorecard).toHaveLength(6);
    }
  });

  it('failing: the firm’s own partner users may not read it', async () => {
    const { partner } = await approvedFirm('Eta Partners');
    const own = await env.fx.createUser(Role.PARTNER_ADMIN, partner);
    const client = await env.clientAs('anonymous');
    await client.signIn(own.email, 'correct-horse-battery');
    const res = await client.request<{ partner: Record<string, unknown> | null }>(PAGE, { id: partner.id });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.raw).not.toContain('Good fit');
    // The firm itself stays readable; only its application is refused.
    expect(res.data?.partner).toMatchObject({ id: partner.id, application: null });
  });

  it('a firm that did not come from an application has none', async () => {
    const res = await (
      await env.clientAs('vendorStaff')
    ).request<{ partner: { application: unknown } }>(PAGE, {
      id: env.fx.partnerA.id,
    });
    expect(res.data?.partner.application).toBeNull();
  });

  it('a page of partners with their application and scorecard costs the same few statements whatever its size', async () => {
    for (let i = 0; i < 50; i++) await approvedFirm(`Bulk approved ${i}`);
    const admin = await env.clientAs('vendorAdmin');
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      const res = await admin.request<{ partners: { items: unknown[] } }>(
        `{ partners(take: ${take}, filter: { search: "Bulk approved" }) { items { id application { reference averageScore
          unscoredCriteria createdPartner { id } scorecard { score } } } } }`,
      );
      expect(res.data?.partners.items).toHaveLength(take);
      return env.sqlStatements() - before;
    };
    const [small, large] = [await cost(5), await cost(50)];
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(6);
  });
});

describe('flood protection', () => {
  it(`failing: after ${MAX_APPLICATIONS_PER_ADDRESS} submissions in an hour the address gets a typed error and nothing is written`, async () => {
    // Earlier tests of this file applied from the same address: move them out of the window.
    await env.db.query(`UPDATE partner_application SET created_at = now() - interval '2 hours'`);
    const anonymous = await env.clientAs('anonymous');
    for (let i = 0; i < MAX_APPLICATIONS_PER_ADDRESS; i++) {
      const res = await anonymous.request<Submitted>(SUBMIT, { input: applicationInput() });
      expect(res.data?.submitPartnerApplication.__typename).toBe('ApplicationReceived');
    }
    const [rowsBefore, auditBefore] = [await applications(), await auditEntries()];
    const ja = await env.clientAs('anonymous', 'ja');
    const res = await ja.request<Submitted>(SUBMIT, { input: applicationInput() });
    expect(res.data?.submitPartnerApplication).toEqual({
      __typename: 'TooManyApplicationsError',
      errorCode: 'TOO_MANY_APPLICATIONS',
      message: 'お使いのネットワークからの申込みが多すぎます。60分後にもう一度お試しください。',
      retryAfterSeconds: expect.any(Number),
    });
    const retry = res.data!.submitPartnerApplication.retryAfterSeconds as number;
    expect(retry).toBeGreaterThan(3500);
    expect(retry).toBeLessThanOrEqual(3600);
    expect([await applications(), await auditEntries()]).toEqual([rowsBefore, auditBefore]);
  });
});
