import { DataSource } from 'typeorm';
import { Role } from '@baton/shared';
import { RequestContext } from '../src/common/context/request-context';
import { User } from '../src/identity/user.entity';
import { CertificationsService } from '../src/training/certifications.service';
import { Consultant } from '../src/training/consultant.entity';
import { SkillCertification } from '../src/training/skill-certification.entity';
import { TrainingModuleKind } from '../src/training/training-module.entity';
import { TrainingRecord, TrainingStatus } from '../src/training/training-record.entity';
import { PASSWORD } from './support/fixtures';
import { errorCode, type GqlResponse } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

type Data = Record<string, Record<string, unknown> & { __typename?: string; errorCode?: string }>;
const count = async (table: string) => Number((await env.db.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n);
const lastAudit = async () =>
  (
    await env.db.query(
      `SELECT action, entity_id AS "entityId", after FROM audit_log_entry ORDER BY at DESC, id DESC LIMIT 1`,
    )
  )[0];
const result = (res: GqlResponse<Data>, op: string) => {
  expect(res.errors).toBeUndefined();
  return res.data![op];
};

/** A service call as `user` would make it, outside any HTTP request. */
function ctxOf(user: User): RequestContext {
  return new RequestContext('test', 'en', { ...user, sessionId: 'test' }, env.app.get(DataSource).manager, '127.0.0.1');
}

const INVITE = `mutation ($i: InviteConsultantInput!) { inviteConsultant(input: $i) {
  __typename ... on ConsultantInvitation { acceptUrl consultant { id email userId active partner { id } } }
  ... on ErrorResult { errorCode message } } }`;
const SET_ACTIVE = (op: string) =>
  `mutation ($id: ID!) { ${op}(id: $id) { __typename ... on Consultant { id active } ... on ErrorResult { errorCode } } }`;
const RECORD = `mutation ($i: RecordTrainingInput!) { recordTraining(input: $i) {
  __typename ... on TrainingRecord { id status score confirmedByEmail module { kind } }
  ... on ErrorResult { errorCode message } } }`;
const CONFIRM = `mutation ($i: ConfirmTrainingResultInput!) { confirmTrainingResult(input: $i) {
  __typename ... on TrainingRecord { id status confirmedByEmail } ... on ErrorResult { errorCode } } }`;
const CERTIFY = `mutation ($i: CertifyConsultantInput!) { certifyConsultant(input: $i) {
  __typename ... on SkillCertification { id status certifiedAt expiresAt signedOffByEmail }
  ... on TrainingIncompleteError { errorCode message missingModules { id title } }
  ... on ErrorResult { errorCode } } }`;

describe('consultants', () => {
  it('successful: a partner admin invites a consultant; accepting the invitation links the account', async () => {
    const admin = await env.clientAs('partnerAAdmin');
    const res = await admin.request<Data>(INVITE, {
      i: { email: 'New.Person@Alpha.test', displayName: 'New Person' },
    });
    const invitation = result(res, 'inviteConsultant');
    expect(invitation.__typename).toBe('ConsultantInvitation');
    expect(invitation.acceptUrl).toMatch(/^\/invitation\/.+/);
    const consultant = invitation.consultant as { id: string; email: string; userId: null; partner: { id: string } };
    expect(consultant).toMatchObject({
      email: 'new.person@alpha.test',
      userId: null,
      partner: { id: env.fx.partnerA.id },
    });
    expect(await lastAudit()).toMatchObject({ action: 'consultant.invite', entityId: consultant.id });

    const person = await env.clientAs('anonymous');
    const token = String(invitation.acceptUrl).split('/').pop();
    const accepted = await person.request<Data>(
      `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { __typename } }`,
      { i: { token, password: PASSWORD } },
    );
    expect(result(accepted, 'acceptInvitation').__typename).not.toMatch(/Error$/);
    const user = await env.db.getRepository(User).findOneByOrFail({ email: 'new.person@alpha.test' });
    expect((await env.db.getRepository(Consultant).findOneByOrFail({ id: consultant.id })).userId).toBe(user.id);

    // Signed in as that new partner member, they see themself only.
    const own = await person.request<{ consultants: { items: { id: string }[] } }>(`{ consultants { items { id } } }`);
    expect(own.data?.consultants.items).toEqual([{ id: consultant.id }]);
  });

  it('successful: a person who already has an account in the firm is linked at once, with no link to pass on', async () => {
    const admin = await env.clientAs('partnerAAdmin');
    const res = await admin.request<Data>(INVITE, {
      i: { email: env.fx.users.partnerAMember.email, displayName: 'Member A' },
    });
    const invitation = result(res, 'inviteConsultant');
    expect(invitation.acceptUrl).toBeNull();
    expect((invitation.consultant as { userId: string }).userId).toBe(env.fx.users.partnerAMember.id);
  });

  it('successful: vendor staff add a consultant to any firm', async () => {
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<Data>(INVITE, {
      i: { email: 'staff-added@beta.test', displayName: 'Staff Added', partnerId: env.fx.partnerB.id },
    });
    expect((result(res, 'inviteConsultant').consultant as { partner: { id: string } }).partner.id).toBe(
      env.fx.partnerB.id,
    );
  });

  it('failing: a duplicate in the firm, or an address another firm uses, writes nothing', async () => {
    const admin = await env.clientAs('partnerAAdmin');
    const before = [await count('consultant'), await count('invitation'), await count('audit_log_entry')];
    const dup = await admin.request<Data>(INVITE, { i: { email: 'new.person@alpha.test', displayName: 'Again' } });
    expect(result(dup, 'inviteConsultant').errorCode).toBe('CONSULTANT_ALREADY_EXISTS');
    const foreign = await admin.request<Data>(INVITE, {
      i: { email: env.fx.users.partnerBAdmin.email, displayName: 'Someone else' },
    });
    expect(result(foreign, 'inviteConsultant').errorCode).toBe('EMAIL_ALREADY_USED');
    expect([await count('consultant'), await count('invitation'), await count('audit_log_entry')]).toEqual(before);
  });

  it('successful: deactivating a consultant also deactivates their account, in one audit entry', async () => {
    const user = await env.fx.createUser(Role.PARTNER_MEMBER, env.fx.partnerA);
    const consultant = await env.fx.createConsultant(env.fx.partnerA, user);
    expect(consultant.userId).toBe(user.id);
    const admin = await env.clientAs('partnerAAdmin');
    const audits = await count('audit_log_entry');
    const res = await admin.request<Data>(SET_ACTIVE('deactivateConsultant'), { id: consultant.id });
    expect(result(res, 'deactivateConsultant')).toEqual({ __typename: 'Consultant', id: consultant.id, active: false });
    expect((await env.db.getRepository(User).findOneByOrFail({ id: user.id })).active).toBe(false);
    expect(await count('audit_log_entry')).toBe(audits + 1);
    expect(await lastAudit()).toMatchObject({
      action: 'consultant.deactivate',
      after: { active: false, account: { action: 'user.deactivate' } },
    });
    const back = await admin.request<Data>(SET_ACTIVE('reactivateConsultant'), { id: consultant.id });
    expect(result(back, 'reactivateConsultant').active).toBe(true);
    expect((await env.db.getRepository(User).findOneByOrFail({ id: user.id })).active).toBe(true);
  });

  it('failing: a partner member cannot manage consultants', async () => {
    const member = await env.clientAs('partnerAMember');
    const target = await env.fx.createConsultant(env.fx.partnerA);
    const invite = await member.request(INVITE, { i: { email: 'x@alpha.test', displayName: 'X' } });
    expect(errorCode(invite)).toBe('FORBIDDEN');
    const deactivate = await member.request(SET_ACTIVE('deactivateConsultant'), { id: target.id });
    expect(errorCode(deactivate)).toBe('FORBIDDEN');
    expect((await env.db.getRepository(Consultant).findOneByOrFail({ id: target.id })).active).toBe(true);
  });

  it('a partner member sees only themself; vendor staff and auditors see every firm', async () => {
    const member = await env.clientAs('partnerAMember');
    const own = await member.request<{ consultants: { items: { email: string }[] } }>(
      `{ consultants { items { email } } }`,
    );
    expect(own.data?.consultants.items).toEqual([{ email: env.fx.users.partnerAMember.email }]);
    const total = await count('consultant');
    for (const actor of ['vendorStaff', 'auditor'] as const) {
      const res = await (
        await env.clientAs(actor)
      ).request<{ consultants: { totalItems: number } }>(`{ consultants { totalItems } }`);
      expect(res.data?.consultants.totalItems).toBe(total);
    }
  });
});

describe('training records', () => {
  let consultant: Consultant;
  beforeAll(async () => {
    consultant = await env.fx.createConsultant(env.fx.partnerA);
  });

  it('failing: a partner cannot set PASSED on a role-play or OJT; successful: vendor staff confirm it', async () => {
    const rolePlay = await env.fx.createTrainingModule('PAYROLL', TrainingModuleKind.ROLE_PLAY);
    const admin = await env.clientAs('partnerAAdmin', 'ja');
    const input = { consultantId: consultant.id, moduleId: rolePlay.id };
    const passed = await admin.request<Data>(RECORD, { i: { ...input, status: 'PASSED' } });
    expect(result(passed, 'recordTraining')).toMatchObject({
      errorCode: 'TRAINING_CONFIRMATION_REQUIRED',
      message: expect.stringContaining('ベンダー担当者'),
    });
    expect(await env.db.getRepository(TrainingRecord).countBy({ consultantId: consultant.id })).toBe(0);

    const completed = await admin.request<Data>(RECORD, { i: { ...input, status: 'COMPLETED', score: 80 } });
    const record = result(completed, 'recordTraining');
    expect(record).toMatchObject({ status: 'COMPLETED', score: 80, module: { kind: 'ROLE_PLAY' } });

    const staff = await env.clientAs('vendorStaff');
    const confirmed = await staff.request<Data>(CONFIRM, { i: { recordId: record.id, passed: true } });
    expect(result(confirmed, 'confirmTrainingResult')).toMatchObject({
      status: 'PASSED',
      confirmedByEmail: env.fx.users.vendorStaff.email,
    });
    expect(await lastAudit()).toMatchObject({ action: 'training.confirm', entityId: record.id });

    const again = await staff.request<Data>(CONFIRM, { i: { recordId: record.id, passed: false } });
    expect(result(again, 'confirmTrainingResult').errorCode).toBe('NOT_AWAITING_CONFIRMATION');
    const rewrite = await admin.request<Data>(RECORD, { i: { ...input, status: 'IN_PROGRESS' } });
    expect(result(rewrite, 'recordTraining').errorCode).toBe('TRAINING_RESULT_CONFIRMED');
  });

  it('successful: an online course is recorded PASSED by the partner, and recording again replaces it', async () => {
    const course = await env.fx.createTrainingModule('PAYROLL');
    const admin = await env.clientAs('partnerAAdmin');
    const input = { consultantId: consultant.id, moduleId: course.id };
    await admin.request(RECORD, { i: { ...input, status: 'IN_PROGRESS', date: '2026-04-01' } });
    const res = await admin.request<Data>(RECORD, { i: { ...input, status: 'PASSED', score: 95 } });
    expect(result(res, 'recordTraining')).toMatchObject({ status: 'PASSED', score: 95 });
    expect(await env.db.getRepository(TrainingRecord).countBy(input)).toBe(1);
  });

  it('a partner member records their own training only', async () => {
    const self = await env.db.getRepository(Consultant).findOneByOrFail({ userId: env.fx.users.partnerAMember.id });
    const course = await env.fx.createTrainingModule('HR');
    const member = await env.clientAs('partnerAMember');
    const own = await member.request<Data>(RECORD, {
      i: { consultantId: self.id, moduleId: course.id, status: 'IN_PROGRESS' },
    });
    expect(result(own, 'recordTraining').status).toBe('IN_PROGRESS');
    const colleague = await member.request<Data>(RECORD, {
      i: { consultantId: consultant.id, moduleId: course.id, status: 'IN_PROGRESS' },
    });
    expect(result(colleague, 'recordTraining').errorCode).toBe('NOT_FOUND');
  });

  it('the training matrix costs the same SQL statements for 2 and 10 consultants', async () => {
    const firm = await env.fx.createPartner();
    const modules = [await env.fx.createTrainingModule('INVOICING'), await env.fx.createTrainingModule('INVOICING')];
    for (let i = 0; i < 10; i++) {
      const c = await env.fx.createConsultant(firm);
      await env.fx.createTrainingRecord(c, modules[i % 2], TrainingStatus.IN_PROGRESS);
      if (i % 3 === 0) await env.fx.createCertification(c, 'INVOICING');
    }
    const staff = await env.clientAs('vendorStaff');
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      const res = await staff.request<{ trainingMatrix: { rows: { cells: unknown[] }[]; totalConsultants: number } }>(
        `query ($p: ID!, $take: Int) { trainingMatrix(partnerId: $p, productArea: "INVOICING", take: $take) {
          totalConsultants modules { id title kind }
          rows { consultant { id displayName partner { name } certifications { status productArea } }
                 cells { moduleId status awaitingConfirmation record { id score module { title } } } } } }`,
        { p: firm.id, take },
      );
      expect(res.data?.trainingMatrix.rows).toHaveLength(take);
      expect(res.data?.trainingMatrix.totalConsultants).toBe(10);
      expect(res.data?.trainingMatrix.rows[0].cells).toHaveLength(2);
      return env.sqlStatements() - before;
    };
    const [small, large] = [await cost(2), await cost(10)];
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });

  it('the program-wide overview counts PASSED consultants per module and per firm', async () => {
    const firm = await env.fx.createPartner();
    const [m1, m2] = [await env.fx.createTrainingModule('WORKFLOW'), await env.fx.createTrainingModule('WORKFLOW')];
    const [a, b] = [await env.fx.createConsultant(firm), await env.fx.createConsultant(firm)];
    await env.fx.createTrainingRecord(a, m1, TrainingStatus.PASSED);
    await env.fx.createTrainingRecord(a, m2, TrainingStatus.PASSED);
    await env.fx.createTrainingRecord(b, m1, TrainingStatus.PASSED);
    await env.fx.createTrainingRecord(b, m2, TrainingStatus.COMPLETED);
    const auditor = await env.clientAs('auditor');
    const res = await auditor.request<{
      trainingOverview: {
        requiredModules: number;
        byModule: { module: { id: string }; passedConsultants: number }[];
        byPartner: {
          partner: { id: string };
          activeConsultants: number;
          fullyTrainedConsultants: number;
          rate: number;
        }[];
      };
    }>(
      `{ trainingOverview(productArea: "WORKFLOW") { activeConsultants requiredModules
        byModule { module { id } passedConsultants activeConsultants rate }
        byPartner { partner { id } activeConsultants fullyTrainedConsultants passedRequired rate } } }`,
    );
    const o = res.data!.trainingOverview;
    expect(o.requiredModules).toBe(2);
    expect(o.byModule.map((r) => [r.module.id, r.passedConsultants])).toEqual([
      [m1.id, 2],
      [m2.id, 1],
    ]);
    expect(o.byPartner.find((p) => p.partner.id === firm.id)).toEqual({
      partner: { id: firm.id },
      activeConsultants: 2,
      fullyTrainedConsultants: 1,
      passedRequired: 3,
      rate: 0.75,
    });
  });
});

describe('skill certification', () => {
  it('failing while a required module is missing; successful once it is passed; lapses by itself', async () => {
    const consultant = await env.fx.createConsultant(env.fx.partnerA);
    const course = await env.fx.createTrainingModule('ATTENDANCE');
    const ojt = await env.fx.createTrainingModule('ATTENDANCE', TrainingModuleKind.OJT);
    await env.fx.createTrainingModule('ATTENDANCE', TrainingModuleKind.ONLINE_COURSE, false);
    await env.fx.createTrainingRecord(consultant, course, TrainingStatus.PASSED);
    await env.fx.createTrainingRecord(consultant, ojt, TrainingStatus.COMPLETED);
    const staff = await env.clientAs('vendorStaff');
    const input = { consultantId: consultant.id, productArea: 'ATTENDANCE' };

    const refused = await staff.request<Data>(CERTIFY, { i: input });
    expect(result(refused, 'certifyConsultant')).toMatchObject({
      errorCode: 'TRAINING_INCOMPLETE',
      missingModules: [{ id: ojt.id, title: ojt.title }],
    });
    expect(await env.db.getRepository(SkillCertification).countBy({ consultantId: consultant.id })).toBe(0);

    const record = await env.db.getRepository(TrainingRecord).findOneByOrFail({ moduleId: ojt.id });
    await staff.request(CONFIRM, { i: { recordId: record.id, passed: true } });
    const granted = result(await staff.request<Data>(CERTIFY, { i: input }), 'certifyConsultant');
    expect(granted).toMatchObject({ __typename: 'SkillCertification', status: 'ACTIVE' });
    const months =
      (new Date(String(granted.expiresAt)).getTime() - new Date(String(granted.certifiedAt)).getTime()) / 86_400_000;
    expect(months).toBeGreaterThanOrEqual(365);
    expect(months).toBeLessThanOrEqual(366);

    const service = env.app.get(CertificationsService);
    const vendor = ctxOf(env.fx.users.vendorStaff);
    expect(await service.isCertified(vendor, consultant.id, 'ATTENDANCE')).toBe(true);
    expect(await service.isCertified(vendor, consultant.id, 'PAYROLL')).toBe(false);

    // A year later: nobody ran anything, and the certification has lapsed.
    await env.db.query(
      `UPDATE skill_certification SET certified_at = now() - interval '13 months', expires_at = now() - interval '1 month' WHERE id = $1`,
      [granted.id],
    );
    const list = await staff.request<{ certifications: { items: { id: string; status: string }[] } }>(
      `query ($c: ID!) { certifications(filter: { consultantId: $c }) { items { id status } } }`,
      { c: consultant.id },
    );
    expect(list.data?.certifications.items).toEqual([{ id: granted.id, status: 'EXPIRED' }]);
    expect(await service.isCertified(vendor, consultant.id, 'ATTENDANCE')).toBe(false);

    // Certifying again renews the same certification.
    const renewed = result(
      await staff.request<Data>(CERTIFY, { i: { ...input, validMonths: 6 } }),
      'certifyConsultant',
    );
    expect(renewed).toMatchObject({ id: granted.id, status: 'ACTIVE' });
    expect(await service.isCertified(vendor, consultant.id, 'ATTENDANCE')).toBe(true);
  });

  it('markNeedsRenewal flags the certifications in force of a product area; isCertified then says no', async () => {
    const [c1, c2] = [await env.fx.createConsultant(env.fx.partnerA), await env.fx.createConsultant(env.fx.partnerB)];
    const [s1] = [await env.fx.createCertification(c1, 'EXPENSE'), await env.fx.createCertification(c2, 'EXPENSE')];
    const other = await env.fx.createCertification(c1, 'HR');
    const service = env.app.get(CertificationsService);
    const vendor = ctxOf(env.fx.users.vendorStaff);
    expect(await service.markNeedsRenewal(vendor, 'EXPENSE')).toBe(2);
    expect(await service.markNeedsRenewal(vendor, 'EXPENSE')).toBe(0);
    expect(await service.isCertified(vendor, c1.id, 'EXPENSE')).toBe(false);
    expect(await service.isCertified(vendor, c1.id, 'HR')).toBe(true);
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ certifications: { items: { id: string; status: string }[] } }>(
      `query ($c: ID!) { certifications(filter: { consultantId: $c }) { items { id status } } }`,
      { c: c1.id },
    );
    expect(res.data?.certifications.items).toEqual(
      expect.arrayContaining([
        { id: s1.id, status: 'NEEDS_RENEWAL' },
        { id: other.id, status: 'ACTIVE' },
      ]),
    );
    await expect(service.markNeedsRenewal(ctxOf(env.fx.users.partnerAAdmin), 'EXPENSE')).rejects.toThrow();
  });
});

describe('partner scoping', () => {
  it('partner B sees none of partner A’s consultants, records or certifications, and cannot act on them', async () => {
    const consultant = await env.fx.createConsultant(env.fx.partnerA);
    const module = await env.fx.createTrainingModule('ACCOUNTING');
    const record = await env.fx.createTrainingRecord(consultant, module, TrainingStatus.COMPLETED);
    await env.fx.createCertification(consultant, 'ACCOUNTING');
    const b = await env.clientAs('partnerBAdmin');
    const raw = [
      await b.request(`{ consultants(take: 100) { items { id email } } }`),
      await b.request(`query ($id: ID!) { consultant(id: $id) { id } }`, { id: consultant.id }),
      await b.request(
        `query ($p: ID!) { trainingMatrix(partnerId: $p) { totalConsultants rows { consultant { id } } } }`,
        {
          p: env.fx.partnerA.id,
        },
      ),
      await b.request(`{ certifications(take: 100) { items { id consultantId } } }`),
    ];
    expect((raw[1].data as { consultant: unknown }).consultant).toBeNull();
    expect((raw[2].data as { trainingMatrix: unknown }).trainingMatrix).toMatchObject({
      totalConsultants: 0,
      rows: [],
    });
    for (const res of raw) {
      expect(res.errors).toBeUndefined();
      for (const marker of await env.fx.foreignMarkers('partnerBAdmin')) expect(res.raw).not.toContain(marker);
    }
    const recorded = await b.request<Data>(RECORD, {
      i: { consultantId: consultant.id, moduleId: module.id, status: 'IN_PROGRESS' },
    });
    expect(result(recorded, 'recordTraining').errorCode).toBe('NOT_FOUND');
    const deactivated = await b.request<Data>(SET_ACTIVE('deactivateConsultant'), { id: consultant.id });
    expect(result(deactivated, 'deactivateConsultant').errorCode).toBe('NOT_FOUND');
    const invited = await b.request<Data>(INVITE, {
      i: { email: 'intruder@beta.test', displayName: 'Intruder', partnerId: env.fx.partnerA.id },
    });
    expect(result(invited, 'inviteConsultant').errorCode).toBe('NOT_FOUND');
    expect(await env.db.getRepository(TrainingRecord).findOneByOrFail({ id: record.id })).toMatchObject({
      status: TrainingStatus.COMPLETED,
    });
  });
});

describe('catalog', () => {
  it('successful: the vendor admin manages curricula and modules; failing: a second curriculum of an area', async () => {
    await env.fx.createTrainingModule('WORKFLOW');
    const admin = await env.clientAs('vendorAdmin');
    const created = await admin.request<Data>(
      `mutation { createCurriculum(input: { productArea: "WORKFLOW", name: "x" }) { __typename ... on ErrorResult { errorCode } } }`,
    );
    expect(result(created, 'createCurriculum').errorCode).toBe('CURRICULUM_ALREADY_EXISTS');
    const module = await admin.request<Data>(
      `mutation { createTrainingModule(input: { productArea: "WORKFLOW", kind: ROLE_PLAY, title: " Demo call ", passCriteria: "Runs a demo unaided" }) {
        __typename ... on TrainingModule { id title required active } } }`,
    );
    const m = result(module, 'createTrainingModule');
    expect(m).toMatchObject({ title: 'Demo call', required: true, active: true });
    const archived = await admin.request<Data>(
      `mutation ($id: ID!) { archiveTrainingModule(id: $id) { ... on TrainingModule { active } } }`,
      { id: m.id },
    );
    expect(result(archived, 'archiveTrainingModule').active).toBe(false);
    const member = await env.clientAs('partnerAMember');
    const read = await member.request<{ curricula: { productArea: string; modules: { id: string }[] }[] }>(
      `{ curricula { productArea modules { id } } }`,
    );
    const workflow = read.data!.curricula.find((c) => c.productArea === 'WORKFLOW')!;
    expect(workflow.modules.map((x) => x.id)).not.toContain(m.id);
  });
});

describe('bad input', () => {
  it.each([
    ['en', 'Email address must be a valid email address.', 'Score must be at most 100.'],
    ['ja', 'メールアドレスは有効なメールアドレスで入力してください。', 'スコアは100以下で指定してください。'],
  ] as const)('failing: is named in %s and writes nothing', async (locale, emailMessage, scoreMessage) => {
    const admin = await env.clientAs('partnerAAdmin', locale);
    const before = [await count('consultant'), await count('training_record'), await count('audit_log_entry')];
    const invite = await admin.request(INVITE, { i: { email: 'not-an-email', displayName: '' } });
    expect(errorCode(invite)).toBe('BAD_USER_INPUT');
    expect(invite.errors?.[0].extensions?.fieldErrors).toEqual(
      expect.arrayContaining([{ field: 'email', message: emailMessage }]),
    );
    expect(invite.errors?.[0].extensions?.fieldErrors?.map((e) => e.field)).toContain('displayName');
    const consultant = await env.db
      .getRepository(Consultant)
      .findOneByOrFail({ partnerId: env.fx.partnerA.id, active: true });
    const record = await admin.request(RECORD, {
      i: { consultantId: consultant.id, moduleId: 'nope', status: 'PASSED', score: 101, date: '2026-13-40' },
    });
    expect(errorCode(record)).toBe('BAD_USER_INPUT');
    expect(record.errors?.[0].extensions?.fieldErrors).toEqual(
      expect.arrayContaining([{ field: 'score', message: scoreMessage }]),
    );
    expect(record.errors?.[0].extensions?.fieldErrors?.map((e) => e.field).sort()).toEqual([
      'date',
      'moduleId',
      'score',
    ]);
    expect([await count('consultant'), await count('training_record'), await count('audit_log_entry')]).toEqual(before);
  });
});
