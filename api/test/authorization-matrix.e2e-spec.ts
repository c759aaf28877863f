import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { applicationInput, insertApplication } from './support/applications';
import { type Actor, ACTORS, type Fixtures, PASSWORD } from './support/fixtures';
import { GraphQLClient } from './support/graphql-client';
import { currentMonth } from '../src/capacity/month';
import { TrainingModuleKind } from '../src/training/training-module.entity';
import { TrainingStatus } from '../src/training/training-record.entity';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

/**
 * Every operation of the schema × every actor: allowed or denied as declared, and a partner
 * never receives a row of the other firm. Targets are partner A's rows, so partner B is always
 * the outsider. Adding an operation = adding one line below (the suite fails until you do).
 */
type Vars = (fx: Fixtures) => Record<string, unknown> | Promise<Record<string, unknown>>;
interface Row {
  op: string;
  doc: string;
  allow: readonly Actor[];
  vars?: Vars;
  mutation: boolean;
  /** Allowed by role, but the target is another firm's: they must get NOT_FOUND and change nothing. */
  outsiders?: readonly Actor[];
}

const ANYONE = ACTORS;
const SIGNED_IN = ACTORS.filter((a) => a !== 'anonymous');
const ADMIN: Actor[] = ['vendorAdmin'];
const AUDIT: Actor[] = ['vendorAdmin', 'auditor'];
const VENDOR: Actor[] = ['vendorAdmin', 'vendorStaff'];
const READERS: Actor[] = ['vendorAdmin', 'vendorStaff', 'auditor'];

const q = (op: string, doc: string, allow: readonly Actor[], vars?: Vars): Row => ({
  op,
  doc,
  allow,
  vars,
  mutation: false,
});
const m = (op: string, doc: string, allow: readonly Actor[], vars?: Vars, outsiders?: readonly Actor[]): Row => ({
  op,
  doc,
  allow,
  vars,
  mutation: true,
  outsiders,
});

let n = 0;
const email = () => `matrix${++n}@alpha.test`;
const victimOfA = async (fx: Fixtures) => (await fx.createUser(Role.PARTNER_MEMBER, fx.partnerA)).id;
/** Partner A itself is the target when it must stay ACTIVE for the next actor: a fresh firm owned by nobody else. */
const activeFirm = async (fx: Fixtures) => (await fx.createPartner()).id;
/** Partner A member's own consultant (they may record only their own training), created once. */
let memberSelf: Promise<{ id: string }> | undefined;
const memberConsultant = async (fx: Fixtures) =>
  (await (memberSelf ??= fx.createConsultant(fx.partnerA, fx.users.partnerAMember))).id;
const consultantOfA = async (fx: Fixtures) => (await fx.createConsultant(fx.partnerA)).id;
const moduleIn = async (fx: Fixtures, area: string) => (await fx.createTrainingModule(area)).id;
const completedRolePlayOfA = async (fx: Fixtures) => {
  const module = await fx.createTrainingModule('PAYROLL', TrainingModuleKind.ROLE_PLAY);
  return (await fx.createTrainingRecord(await fx.createConsultant(fx.partnerA), module, TrainingStatus.COMPLETED)).id;
};
const certifiableOfA = async (fx: Fixtures) => {
  await fx.createCurriculum('INVOICING'); // no required module yet: certifiable at once
  return { i: { consultantId: await consultantOfA(fx), productArea: 'INVOICING' } };
};
const certificationOfA = async (fx: Fixtures) =>
  (await fx.createCertification(await fx.createConsultant(fx.partnerA), 'HR')).id;
const ADMINS_TOO: Actor[] = [...READERS, 'partnerAAdmin', 'partnerBAdmin'];
const month = currentMonth();
/** A queued customer partner A can take this month, with a certified lead of A. */
const assignableToA = async (fx: Fixtures) => {
  await fx.offer(fx.partnerA, month, 1000);
  const lead = await fx.createConsultant(fx.partnerA);
  await fx.createCertification(lead, 'ACCOUNTING');
  const customer = await fx.createCustomer();
  return { customerId: customer.id, partnerId: fx.partnerA.id, month, leadConsultantId: lead.id };
};
const customerOfA = async (fx: Fixtures) => (await fx.createAssignment(fx.partnerA)).customerId;
const assignmentOfA = async (fx: Fixtures) => (await fx.createAssignment(fx.partnerA)).id;
const customerInput = () => ({
  externalId: `MX-${++n}`,
  companyName: 'Matrix K.K.',
  industry: 'RETAIL',
  employeeBand: '1-20',
  prefecture: 'JP-27',
  products: ['PAYROLL'],
  contractDate: '2026-12-01',
  segment: 'SMB',
});
const importCsv = () =>
  `external_id,company_name,industry,employee_band,prefecture,products,contract_date,segment\nMXI-${++n},Matrix Import K.K.,RETAIL,1-20,JP-13,ACCOUNTING,2026-12-01,SMB\n`;
const SETTINGS = {
  weightIndustry: 20,
  weightProducts: 20,
  weightCertified: 20,
  weightRegion: 15,
  weightTier: 15,
  weightCapacity: 10,
  declineWindowDays: 5,
};
const ASSIGNMENT = `__typename ... on Assignment { id status customer { id companyName } partner { id name } leadConsultant { id email } } ... on ErrorResult { errorCode }`;
/** Partner A's project led by partner A's member (so the member is staffed on it). */
const projectOfA = async (fx: Fixtures) =>
  fx.createProject(fx.partnerA, { leadConsultantId: await memberConsultant(fx) });
const firstPhaseOf = async (projectId: string, completed = false) => {
  const [phase] = await env.db.query(`SELECT id FROM project_phase WHERE project_id = $1 AND position = 1`, [
    projectId,
  ]);
  if (completed)
    await env.db.query(`UPDATE project_phase SET completed_on = current_date, summary = 'done' WHERE id = $1`, [
      phase.id,
    ]);
  return phase.id as string;
};
const issueOfA = async (fx: Fixtures) => {
  const project = await projectOfA(fx);
  const [issue] = await env.db.query(
    `INSERT INTO project_issue (project_id, partner_id, title) VALUES ($1, $2, 'matrix') RETURNING id`,
    [project.id, fx.partnerA.id],
  );
  return issue.id as string;
};
const today = () => new Date().toISOString().slice(0, 10);
const escalationOfA = async (fx: Fixtures) => {
  const project = await projectOfA(fx);
  const [e] = await env.db.query(
    `INSERT INTO escalation (project_id, partner_id, category, subject) VALUES ($1, $2, 'DEFECT', 'matrix') RETURNING id`,
    [project.id, fx.partnerA.id],
  );
  return e.id as string;
};
const surveyTokenOfA = async (fx: Fixtures) => {
  const project = await projectOfA(fx);
  const token = randomUUID() + randomUUID();
  await env.db.query(
    `INSERT INTO survey (project_id, partner_id, kind, token, expires_at) VALUES ($1, $2, 'END', $3, now() + interval '30 days')`,
    [project.id, fx.partnerA.id, token],
  );
  return token;
};
const meetingWithA = async (fx: Fixtures) => {
  const [m] = await env.db.query(
    `INSERT INTO meeting (partner_id, date, title) VALUES ($1, current_date, 'matrix') RETURNING id`,
    [fx.partnerA.id],
  );
  const [a] = await env.db.query(
    `INSERT INTO action_item (meeting_id, partner_id, description, owner) VALUES ($1, $2, 'matrix', 'Alpha') RETURNING id`,
    [m.id, fx.partnerA.id],
  );
  return { meetingId: m.id as string, actionItemId: a.id as string };
};
const ARTICLE_INPUT = {
  kind: 'FAQ',
  titleEn: 'Matrix',
  titleJa: 'マトリクス',
  bodyEn: 'b',
  bodyJa: '本文',
  tags: ['matrix'],
  productArea: 'PAYROLL',
};
const articleIn = async (status: 'DRAFT' | 'PUBLISHED') => {
  const [a] = await env.db.query(
    `INSERT INTO article (kind, status, title_en, title_ja, body_en, body_ja, product_area, published_at) VALUES ('FAQ', $1, 'Matrix', 'マトリクス', 'b', '本文', 'PAYROLL', $2) RETURNING id`,
    [status, status === 'PUBLISHED' ? new Date() : null],
  );
  return a.id as string;
};
/** An open escalation draft of partner A's project (the raise form opened). */
const escalationDraftOfA = async (fx: Fixtures) => {
  const project = await projectOfA(fx);
  const [d] = await env.db.query(
    `INSERT INTO escalation_draft (partner_id, project_id, started_at, last_activity_at) VALUES ($1, $2, now(), now()) RETURNING id`,
    [fx.partnerA.id, project.id],
  );
  return d.id as string;
};
const DRAFT_RESULT = `${'__typename'} ... on EscalationDraft { id projectId partnerId } ... on ErrorResult { errorCode }`;
const ESCALATION = `${'__typename'} ... on Escalation { id subject messages { body authorEmail } project { id partner { id name } } } ... on ErrorResult { errorCode }`;
const TEMPLATE = {
  name: 'Matrix',
  phases: [
    { nameEn: 'Kickoff', nameJa: 'キックオフ', dueDay: 7 },
    { nameEn: 'Go-live', nameJa: '本番', dueDay: 90 },
  ],
};
const PROJECT = `__typename ... on OnboardingProject { id health partner { id name } customer { id companyName } } ... on ErrorResult { errorCode }`;
/** A usage CSV of one day for a customer of partner A (reported by its CRM id). */
const usageCsvOfA = async (fx: Fixtures) => {
  const externalId = `USAGE-${randomUUID()}`;
  await fx.createCustomer({ externalId, partnerId: fx.partnerA.id });
  return `external_id,date,utilization\n${externalId},${today()},70\n`;
};
/** A live integration API key, inserted below the API; answers its id and secret. */
const integrationKey = async () => {
  const secret = `baton_${randomBytes(18).toString('base64url')}`;
  const hash = createHash('sha256').update(secret).digest('hex');
  const [row] = await env.db.query(
    `INSERT INTO integration_key (name, prefix, secret_hash, created_by_email) VALUES ('matrix', $1, $2, 'matrix@example.com') RETURNING id`,
    [secret.slice(0, 12), hash],
  );
  return { id: row.id as string, secret };
};
const TYPENAME = `__typename ... on ErrorResult { errorCode }`;
const USER_RESULT = `__typename ... on User { id email partner { id name } } ... on ErrorResult { errorCode }`;

/** An open tier review of partner A. */
const tierReviewOfA = async (fx: Fixtures) => {
  const [r] = await env.db.query(
    `INSERT INTO tier_review (partner_id, period_from, period_to, definition_set_id, evidence, proposed_tier)
     VALUES ($1, '2026-07-01', '2026-09-30', (SELECT id FROM tier_definition_set WHERE version = 1), '{}', 2) RETURNING id`,
    [fx.partnerA.id],
  );
  return r.id as string;
};

// One row per operation, one line per row (kept unwrapped on purpose). Queries come before
// mutations: queries share a session per actor, and a mutation may end the actor's other sessions.
// prettier-ignore
const ROWS: Row[] = [
  q('me', `{ me { id email partner { id name } } }`, ANYONE),
  q('users', `{ users(take: 100) { totalItems items { id email partner { id name } } } }`, ADMIN),
  q('user', `query ($id: ID!) { user(id: $id) { id email partner { id } } }`, ADMIN, (fx) => ({ id: fx.users.partnerAAdmin.id })),
  q('partners', `{ partners(take: 100) { totalItems items { id name } } }`, SIGNED_IN),
  q('partner', `query ($id: ID!) { partner(id: $id) { id name contactEmail statusHistory { id reason } } }`, SIGNED_IN, (fx) => ({ id: fx.partnerA.id })),
  q('partnersCsv', `{ partnersCsv }`, READERS),
  q('capacityPlans', `query ($id: ID!) { capacityPlans(partnerId: $id) { id slotsOffered } }`, SIGNED_IN, (fx) => ({ id: fx.partnerA.id })),
  q('capacityOfferHistory', `query ($id: ID!) { capacityOfferHistory(partnerId: $id) { items { id newSlots changedByEmail } } }`, SIGNED_IN, (fx) => ({ id: fx.partnerA.id })),
  q('capacityCalendar', `{ capacityCalendar { months rows { partner { id name } months { offered } } totals { demand } } }`, READERS),
  q('customers', `{ customers(take: 100) { totalItems items { id companyName partner { id name } assignments { id partner { id } } } } }`, ADMINS_TOO),
  q('customersCsv', `{ customersCsv }`, READERS),
  q('customer', `query ($id: ID!) { customer(id: $id) { id companyName partner { id name } } }`, ADMINS_TOO, async (fx) => ({ id: await customerOfA(fx) })),
  q('customerImportPreview', `query ($i: ImportCustomersInput!) { customerImportPreview(input: $i) { totalRows validRows issues { row message } } }`, VENDOR, () => ({ i: { csv: importCsv() } })),
  q('assignments', `{ assignments(take: 100) { totalItems items { id customer { id companyName } partner { id name } leadConsultant { id email } } } }`, ADMINS_TOO),
  q('assignmentSettings', `{ assignmentSettings { weightIndustry declineWindowDays } }`, ADMINS_TOO),
  q('recommendations', `query ($c: ID!, $m: String!) { recommendations(customerId: $c, month: $m) { eligible { partner { id name } score certifiedConsultants { id email } } ineligible { partner { id } reasons } } }`, VENDOR, async (fx) => ({ c: (await assignableToA(fx)).customerId, m: month })),
  q('autoAssignmentProposal', `query ($m: String!) { autoAssignmentProposal(month: $m) { items { customer { id } partner { id name } leadConsultant { id email } } objective } }`, VENDOR, () => ({ m: month })),
  q('assignmentBatch', `query ($id: ID!) { assignmentBatch(id: $id) { id done } }`, VENDOR, () => ({ id: randomUUID() })),
  q('onboardingProjects', `{ onboardingProjects(take: 100) { totalItems items { id health customer { id companyName } partner { id name } leadConsultant { id email } phases { id } } } }`, SIGNED_IN),
  q('onboardingProject', `query ($id: ID!) { onboardingProject(id: $id) { id health timeline { kind } workLogs { id } issues { id } surveys { id link csat } escalations { id } } }`, SIGNED_IN, async (fx) => ({ id: (await projectOfA(fx)).id })),
  q('escalations', `{ escalations(take: 100) { totalItems items { id subject priority messages { body } project { id customer { id companyName } } } } }`, SIGNED_IN),
  q('escalation', `query ($id: ID!) { escalation(id: $id) { id subject messages { body } } }`, SIGNED_IN, async (fx) => ({ id: await escalationOfA(fx) })),
  q('escalationStats', `{ escalationStats { open resolved medianFirstResponseHours perProject } }`, SIGNED_IN),
  q('survey', `query ($t: String!) { survey(token: $t) { state kind companyName } }`, ANYONE, async (fx) => ({ t: await surveyTokenOfA(fx) })),
  q('meetings', `{ meetings(take: 100) { totalItems items { id title partner { id name } actionItems { id owner } projects { id } } } }`, ADMINS_TOO),
  q('meeting', `query ($id: ID!) { meeting(id: $id) { id title notes } }`, ADMINS_TOO, async (fx) => ({ id: (await meetingWithA(fx)).meetingId })),
  q('articles', `{ articles(take: 100, search: "matrix") { totalItems items { id titleEn status } } }`, SIGNED_IN),
  q('article', `query ($id: ID!) { article(id: $id) { id titleJa bodyJa } }`, SIGNED_IN, async () => ({ id: await articleIn('PUBLISHED') })),
  q('articleTags', `{ articleTags }`, SIGNED_IN),
  q('escalationDeflection', `{ escalationDeflection { started raised abandoned deflected deflectionRate } }`, VENDOR),
  q('onboardingTemplate', `{ onboardingTemplate { version phases { position dueDay } } }`, SIGNED_IN),
  q('onboardingTemplates', `{ onboardingTemplates { version } }`, READERS),
  q('kpiDashboard', `query ($p: ID) { kpiDashboard(fromMonth: "2026-01", toMonth: "2027-12", partnerId: $p) { partnerId totals { phaseOnTimeRate } escalationsByPartner { partnerId partnerName } } }`, [...READERS, 'partnerAAdmin', 'partnerAMember'], async (fx) => ({ p: (await projectOfA(fx)).partnerId })),
  q('kpiEvidence', `query ($p: ID) { kpiEvidence(measure: ESCALATIONS, fromMonth: "2026-01", toMonth: "2027-12", partnerId: $p) { totalRows rows { projectId partnerName customerName } } }`, [...READERS, 'partnerAAdmin', 'partnerAMember'], async (fx) => ({ p: (await projectOfA(fx)).partnerId })),
  q('announcements', `{ announcements { items { id title acknowledgedByMe } } }`, SIGNED_IN),
  q('announcement', `query ($id: ID!) { announcement(id: $id) { id title } }`, SIGNED_IN, async (fx) => ({ id: await fx.createAnnouncement() })),
  q('auditLog', `{ auditLog(take: 100) { items { actorEmail entityId before after } } }`, AUDIT),
  q('auditLogCsv', `{ auditLogCsv }`, AUDIT),
  q('auditChainVerification', `{ auditChainVerification { entries firstBreak { seq reason } } }`, AUDIT),
  q('partnerApplications', `{ partnerApplications(take: 100) { totalItems items { id firmName scorecard { score } createdPartner { id } } } }`, READERS),
  q('partnerApplication', `query ($id: ID!) { partnerApplication(id: $id) { id firmName unscoredCriteria } }`, READERS, async () => ({ id: (await insertApplication(env.db)).id })),
  q('invitation', `query ($t: String!) { invitation(token: $t) { email partnerName } }`, ANYONE, async (fx) => ({ t: await fx.createInvitation(fx.partnerA) })),
  q('consultants', `{ consultants(take: 100) { totalItems items { id email displayName partner { id name } certifications { status } trainingRecords { id } } } }`, SIGNED_IN),
  q('consultant', `query ($id: ID!) { consultant(id: $id) { id email } }`, SIGNED_IN, async (fx) => ({ id: await memberConsultant(fx) })),
  q('curricula', `{ curricula(includeArchived: true) { id productArea modules { id title } } }`, SIGNED_IN),
  q('trainingModule', `query ($id: ID!) { trainingModule(id: $id) { id title passCriteria } }`, SIGNED_IN, async (fx) => ({ id: await moduleIn(fx, 'PAYROLL') })),
  q('trainingMatrix', `query ($p: ID!) { trainingMatrix(partnerId: $p) { totalConsultants modules { id } rows { consultant { id email } cells { status record { id } } } } }`, SIGNED_IN, (fx) => ({ p: fx.partnerA.id })),
  q('trainingOverview', `{ trainingOverview { activeConsultants byModule { passedConsultants } byPartner { partner { id name } rate } } }`, READERS),
  q('certifications', `{ certifications(take: 100) { totalItems items { id status consultant { id email } } } }`, SIGNED_IN),
  q('activationSettings', `{ activationSettings { threshold windowDays } }`, SIGNED_IN),
  q('usageImportPreview', `query ($i: ImportUsageInput!) { usageImportPreview(input: $i) { totalRows validRows issues { row message } } }`, VENDOR, async (fx) => ({ i: { csv: await usageCsvOfA(fx) } })),
  q('activationOutreach', `{ activationOutreach { projectId customerName partnerName flag } }`, READERS),
  q('integrationKeys', `{ integrationKeys { id name prefix } }`, ADMIN),
  q('tierDefinitions', `{ tierDefinitions { tier nameEn nameJa minOnTimeRate rewardRate } }`, SIGNED_IN),
  q('tierReviews', `{ tierReviews { id proposedTier partner { id name } } }`, SIGNED_IN, async (fx) => { await tierReviewOfA(fx); return {}; }),
  q('tierReview', `query ($id: ID!) { tierReview(id: $id) { id proposedTier partner { id name } } }`, SIGNED_IN, async (fx) => ({ id: await tierReviewOfA(fx) })),
  q('partnerTierHistory', `query ($p: ID!) { partnerTierHistory(partnerId: $p) { tier effectiveFrom partnerId } }`, SIGNED_IN, (fx) => ({ p: fx.partnerA.id })),
  q('tierDefinitionSets', `{ tierDefinitionSets { version effectiveFrom tiers { tier rewardRate } } }`, SIGNED_IN),
  q('tierReviewRows', `query ($id: ID!) { tierReviewRows(reviewId: $id) { projects { id customerName } months { month } totals { onTimeRate } } }`, SIGNED_IN, async (fx) => ({ id: await tierReviewOfA(fx) })),
  q('tierStanding', `query ($p: ID!) { tierStanding(partnerId: $p) { partnerId tier gaps { component gap } } }`, SIGNED_IN, (fx) => ({ p: fx.partnerA.id })),
  q('reviewCycles', `{ reviewCycles { id name reviewCount finalizedCount } }`, READERS),
  q('partnerStatements', `query ($m: String!) { partnerStatements(month: $m) { partnerId partnerName total lines { customerName amount } } }`, ADMINS_TOO, () => ({ m: month })),
  q('statementSettings', `{ statementSettings { baseFee } }`, READERS),
  m('signIn', `mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }`, ANYONE, (fx) => ({ i: { email: fx.users.auditor.email, password: PASSWORD } })),
  m('signOut', `mutation { signOut }`, SIGNED_IN),
  m('offerCapacity', `mutation ($i: OfferCapacityInput!) { offerCapacity(input: $i) { __typename ... on CapacityPlan { id } ... on ErrorResult { errorCode } } }`, [...VENDOR, 'partnerAAdmin'], (fx) => ({ i: { partnerId: fx.partnerA.id, month: '2099-01', slots: 3 } }), ['partnerBAdmin']),
  m('createCustomer', `mutation ($i: CustomerInput!) { createCustomer(input: $i) { ${TYPENAME} ... on CustomerAccount { id } } }`, VENDOR, () => ({ i: customerInput() })),
  m('updateCustomer', `mutation ($id: ID!, $i: CustomerInput!) { updateCustomer(id: $id, input: $i) { ${TYPENAME} ... on CustomerAccount { id } } }`, VENDOR, async (fx) => ({ id: (await fx.createCustomer()).id, i: customerInput() })),
  m('importCustomers', `mutation ($i: ImportCustomersInput!) { importCustomers(input: $i) { ${TYPENAME} ... on CustomerImportSummary { created updated } } }`, VENDOR, () => ({ i: { csv: importCsv() } })),
  m('assignCustomer', `mutation ($i: AssignCustomerInput!) { assignCustomer(input: $i) { ${ASSIGNMENT} } }`, VENDOR, async (fx) => ({ i: await assignableToA(fx) })),
  m('cancelAssignment', `mutation ($i: EndAssignmentInput!) { cancelAssignment(input: $i) { ${ASSIGNMENT} } }`, VENDOR, async (fx) => ({ i: { assignmentId: await assignmentOfA(fx), reason: 'matrix' } })),
  m('reassignAssignment', `mutation ($i: ReassignInput!) { reassignAssignment(input: $i) { ${ASSIGNMENT} } }`, VENDOR, async (fx) => { const { partnerId, month: m, leadConsultantId } = await assignableToA(fx); return { i: { assignmentId: await assignmentOfA(fx), reason: 'matrix', partnerId, month: m, leadConsultantId } }; }),
  m('acceptAssignment', `mutation ($i: AssignmentIdInput!) { acceptAssignment(input: $i) { ${ASSIGNMENT} } }`, ['partnerAAdmin'], async (fx) => ({ i: { assignmentId: await assignmentOfA(fx) } }), ['partnerBAdmin']),
  m('declineAssignment', `mutation ($i: EndAssignmentInput!) { declineAssignment(input: $i) { ${ASSIGNMENT} } }`, ['partnerAAdmin'], async (fx) => ({ i: { assignmentId: await assignmentOfA(fx), reason: 'matrix' } }), ['partnerBAdmin']),
  m('applyAssignments', `mutation ($i: ApplyAssignmentsInput!) { applyAssignments(input: $i) { ${TYPENAME} ... on AppliedAssignments { batch { id done } assignments { id partner { id } } } } }`, VENDOR, async (fx) => { const { customerId, partnerId, month: m, leadConsultantId } = await assignableToA(fx); return { i: { batchId: randomUUID(), month: m, items: [{ customerId, partnerId, leadConsultantId }] } }; }),
  m('updateAssignmentSettings', `mutation ($i: UpdateAssignmentSettingsInput!) { updateAssignmentSettings(input: $i) { weightIndustry } }`, ADMIN, () => ({ i: SETTINGS })),
  m('updateOnboardingTemplate', `mutation ($i: UpdateOnboardingTemplateInput!) { updateOnboardingTemplate(input: $i) { version } }`, ADMIN, () => ({ i: TEMPLATE })),
  m('completePhase', `mutation ($i: CompletePhaseInput!) { completePhase(input: $i) { ${TYPENAME} ... on ProjectPhase { id completedOn } } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { phaseId: await firstPhaseOf((await projectOfA(fx)).id), completedOn: today(), summary: 'matrix' } }), ['partnerBAdmin']),
  m('reopenPhase', `mutation ($i: ReopenPhaseInput!) { reopenPhase(input: $i) { ${TYPENAME} ... on ProjectPhase { id } } }`, VENDOR, async (fx) => ({ i: { phaseId: await firstPhaseOf((await projectOfA(fx)).id, true), reason: 'matrix' } })),
  m('logWork', `mutation ($i: LogWorkInput!) { logWork(input: $i) { ${TYPENAME} ... on WorkLog { id hours } } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { projectId: (await projectOfA(fx)).id, kind: 'OPERATION_LECTURE', date: today(), hours: 1.5 } }), ['partnerBAdmin']),
  m('openProjectIssue', `mutation ($i: OpenProjectIssueInput!) { openProjectIssue(input: $i) { ${TYPENAME} ... on ProjectIssue { id } } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { projectId: (await projectOfA(fx)).id, title: 'matrix' } }), ['partnerBAdmin']),
  m('resolveProjectIssue', `mutation ($i: ResolveProjectIssueInput!) { resolveProjectIssue(input: $i) { ${TYPENAME} ... on ProjectIssue { id } } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { issueId: await issueOfA(fx) } }), ['partnerBAdmin']),
  m('raiseEscalation', `mutation ($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { ${ESCALATION} } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { projectId: (await projectOfA(fx)).id, category: 'PRODUCT_QUESTION', subject: 'matrix', body: 'How?' } }), ['partnerBAdmin']),
  m('replyToEscalation', `mutation ($i: ReplyToEscalationInput!) { replyToEscalation(input: $i) { ${ESCALATION} } }`, [...VENDOR, 'partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { escalationId: await escalationOfA(fx), body: 'matrix' } }), ['partnerBAdmin']),
  m('resolveEscalation', `mutation ($i: ResolveEscalationInput!) { resolveEscalation(input: $i) { ${ESCALATION} } }`, VENDOR, async (fx) => ({ i: { escalationId: await escalationOfA(fx), resolution: 'matrix' } })),
  m('answerSurvey', `mutation ($i: AnswerSurveyInput!) { answerSurvey(input: $i) { ${TYPENAME} ... on SurveyAnswered { answered } } }`, ANYONE, async (fx) => ({ i: { token: await surveyTokenOfA(fx), csat: 5, nps: 9 } })),
  m('recordMeeting', `mutation ($i: RecordMeetingInput!) { recordMeeting(input: $i) { ${TYPENAME} ... on Meeting { id partner { id name } } } }`, VENDOR, async (fx) => ({ i: { partnerId: fx.partnerA.id, date: today(), title: 'Monthly review', attendees: ['Alpha'], projectIds: [(await projectOfA(fx)).id], actionItems: [{ description: 'Send the export', owner: 'Alpha', dueDate: today() }] } })),
  m('completeActionItem', `mutation ($i: CompleteActionItemInput!) { completeActionItem(input: $i) { ${TYPENAME} ... on ActionItem { id doneAt } } }`, [...VENDOR, 'partnerAAdmin'], async (fx) => ({ i: { actionItemId: (await meetingWithA(fx)).actionItemId } }), ['partnerBAdmin']),
  m('churnProject', `mutation ($i: ChurnProjectInput!) { churnProject(input: $i) { ${PROJECT} } }`, VENDOR, async (fx) => ({ i: { projectId: (await projectOfA(fx)).id, reason: 'matrix' } })),
  m('updateProjectTeam', `mutation ($i: UpdateProjectTeamInput!) { updateProjectTeam(input: $i) { ${PROJECT} } }`, ['partnerAAdmin'], async (fx) => ({ i: { projectId: (await projectOfA(fx)).id, consultantIds: [] } }), ['partnerBAdmin']),
  m('createArticle', `mutation ($i: ArticleInput!) { createArticle(input: $i) { __typename id status } }`, VENDOR, () => ({ i: ARTICLE_INPUT })),
  m('updateArticle', `mutation ($id: ID!, $i: ArticleInput!) { updateArticle(id: $id, input: $i) { ${TYPENAME} ... on Article { id } } }`, VENDOR, async () => ({ id: await articleIn('DRAFT'), i: ARTICLE_INPUT })),
  m('publishArticle', `mutation ($id: ID!) { publishArticle(id: $id) { ${TYPENAME} ... on Article { id status } } }`, VENDOR, async () => ({ id: await articleIn('DRAFT') })),
  m('archiveArticle', `mutation ($id: ID!) { archiveArticle(id: $id) { ${TYPENAME} ... on Article { id status } } }`, VENDOR, async () => ({ id: await articleIn('PUBLISHED') })),
  m('startEscalationDraft', `mutation ($i: StartEscalationDraftInput!) { startEscalationDraft(input: $i) { ${DRAFT_RESULT} } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { projectId: (await projectOfA(fx)).id } }), ['partnerBAdmin']),
  m('recordArticleOpened', `mutation ($i: RecordArticleOpenedInput!) { recordArticleOpened(input: $i) { ${DRAFT_RESULT} } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { draftId: await escalationDraftOfA(fx), articleId: await articleIn('PUBLISHED') } }), ['partnerBAdmin']),
  m('abandonEscalationDraft', `mutation ($i: EscalationDraftIdInput!) { abandonEscalationDraft(input: $i) { ${DRAFT_RESULT} } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { draftId: await escalationDraftOfA(fx) } }), ['partnerBAdmin']),
  m('publishAnnouncement', `mutation { publishAnnouncement(input: { title: "matrix", body: "b" }) { id } }`, VENDOR),
  m('acknowledgeAnnouncement', `mutation ($id: ID!) { acknowledgeAnnouncement(id: $id) { __typename } }`, ['partnerAAdmin', 'partnerAMember', 'partnerBAdmin'], async (fx) => ({ id: await fx.createAnnouncement() })),
  m('acceptInvitation', `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { __typename } }`, ANYONE, async (fx) => ({ i: { token: await fx.createInvitation(fx.partnerA), password: PASSWORD } })),
  m('updateMyProfile', `mutation { updateMyProfile(input: { locale: en }) { id email } }`, SIGNED_IN),
  m('changeMyPassword', `mutation ($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { __typename } }`, SIGNED_IN, () => ({ i: { currentPassword: PASSWORD, newPassword: PASSWORD } })),
  m('createUser', `mutation ($i: CreateUserInput!) { createUser(input: $i) { ${USER_RESULT} } }`, ADMIN, (fx) => ({ i: { email: email(), displayName: 'M', role: 'PARTNER_MEMBER', partnerId: fx.partnerA.id, password: PASSWORD } })),
  m('updateUser', `mutation ($id: ID!) { updateUser(id: $id, input: { displayName: "Renamed" }) { ${USER_RESULT} } }`, ADMIN, async (fx) => ({ id: await victimOfA(fx) })),
  m('deactivateUser', `mutation ($id: ID!) { deactivateUser(id: $id) { ${USER_RESULT} } }`, ADMIN, async (fx) => ({ id: await victimOfA(fx) })),
  m('reactivateUser', `mutation ($id: ID!) { reactivateUser(id: $id) { ${USER_RESULT} } }`, ADMIN, async (fx) => ({ id: await victimOfA(fx) })),
  m('changePartnerStatus', `mutation ($i: ChangePartnerStatusInput!) { changePartnerStatus(input: $i) { __typename ... on Partner { id name } } }`, VENDOR, async (fx) => ({ i: { partnerId: await activeFirm(fx), status: 'SUSPENDED', reason: 'matrix' } })),
  m('updatePartnerProfile', `mutation ($id: ID!) { updatePartnerProfile(id: $id, input: { description: "matrix" }) { __typename ... on Partner { id name } ... on ErrorResult { errorCode } } }`, [...VENDOR, 'partnerAAdmin'], (fx) => ({ id: fx.partnerA.id }), ['partnerBAdmin']),
  m('resetUserPassword', `mutation ($i: ResetPasswordInput!) { resetUserPassword(input: $i) { ${USER_RESULT} } }`, ADMIN, async (fx) => ({ i: { userId: await victimOfA(fx), newPassword: 'another-long-password' } })),
  m('submitPartnerApplication', `mutation ($i: SubmitPartnerApplicationInput!) { submitPartnerApplication(input: $i) { __typename } }`, ANYONE, () => ({ i: applicationInput() })),
  m('scorePartnerApplication', `mutation ($i: ScorePartnerApplicationInput!) { scorePartnerApplication(input: $i) { __typename ... on PartnerApplication { id status } } }`, VENDOR, async () => ({ i: { applicationId: (await insertApplication(env.db)).id, scores: [{ criterion: 'COMMUNICATION', score: 4, note: 'matrix' }] } })),
  m('approvePartnerApplication', `mutation ($i: ApprovePartnerApplicationInput!) { approvePartnerApplication(input: $i) { __typename ... on PartnerApplicationApproved { partner { id name } } } }`, VENDOR, async () => ({ i: { applicationId: (await insertApplication(env.db, { scored: true })).id } })),
  m('rejectPartnerApplication', `mutation ($i: RejectPartnerApplicationInput!) { rejectPartnerApplication(input: $i) { __typename ... on PartnerApplication { id status } } }`, VENDOR, async () => ({ i: { applicationId: (await insertApplication(env.db)).id, reason: 'matrix' } })),
  m('inviteConsultant', `mutation ($i: InviteConsultantInput!) { inviteConsultant(input: $i) { ${TYPENAME} ... on ConsultantInvitation { acceptUrl consultant { id } } } }`, [...VENDOR, 'partnerAAdmin'], (fx) => ({ i: { email: email(), displayName: 'M', partnerId: fx.partnerA.id } }), ['partnerBAdmin']),
  m('deactivateConsultant', `mutation ($id: ID!) { deactivateConsultant(id: $id) { ${TYPENAME} ... on Consultant { id active } } }`, [...VENDOR, 'partnerAAdmin'], async (fx) => ({ id: await consultantOfA(fx) }), ['partnerBAdmin']),
  m('reactivateConsultant', `mutation ($id: ID!) { reactivateConsultant(id: $id) { ${TYPENAME} ... on Consultant { id active } } }`, [...VENDOR, 'partnerAAdmin'], async (fx) => ({ id: await consultantOfA(fx) }), ['partnerBAdmin']),
  m('createCurriculum', `mutation { createCurriculum(input: { productArea: "EXPENSE", name: "Expense" }) { ${TYPENAME} ... on Curriculum { id } } }`, ADMIN),
  m('updateCurriculum', `mutation ($id: ID!) { updateCurriculum(id: $id, input: { description: "matrix" }) { ${TYPENAME} ... on Curriculum { id } } }`, ADMIN, async (fx) => ({ id: (await fx.createCurriculum('HR')).id })),
  m('archiveCurriculum', `mutation ($id: ID!) { archiveCurriculum(id: $id) { ${TYPENAME} ... on Curriculum { id active } } }`, ADMIN, async (fx) => ({ id: (await fx.createCurriculum('ATTENDANCE')).id })),
  m('createTrainingModule', `mutation ($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { ${TYPENAME} ... on TrainingModule { id } } }`, ADMIN, async (fx) => ({ i: { productArea: (await fx.createCurriculum('PAYROLL')).productArea, kind: 'OJT', title: 'Matrix', passCriteria: 'matrix' } })),
  m('updateTrainingModule', `mutation ($id: ID!) { updateTrainingModule(id: $id, input: { title: "Renamed" }) { ${TYPENAME} ... on TrainingModule { id } } }`, ADMIN, async (fx) => ({ id: await moduleIn(fx, 'ACCOUNTING') })),
  m('archiveTrainingModule', `mutation ($id: ID!) { archiveTrainingModule(id: $id) { ${TYPENAME} ... on TrainingModule { id active } } }`, ADMIN, async (fx) => ({ id: await moduleIn(fx, 'ACCOUNTING') })),
  m('recordTraining', `mutation ($i: RecordTrainingInput!) { recordTraining(input: $i) { ${TYPENAME} ... on TrainingRecord { id status } } }`, ['partnerAAdmin', 'partnerAMember'], async (fx) => ({ i: { consultantId: await memberConsultant(fx), moduleId: await moduleIn(fx, 'PAYROLL'), status: 'IN_PROGRESS' } }), ['partnerBAdmin']),
  m('confirmTrainingResult', `mutation ($i: ConfirmTrainingResultInput!) { confirmTrainingResult(input: $i) { ${TYPENAME} ... on TrainingRecord { id status } } }`, VENDOR, async (fx) => ({ i: { recordId: await completedRolePlayOfA(fx), passed: true } })),
  m('certifyConsultant', `mutation ($i: CertifyConsultantInput!) { certifyConsultant(input: $i) { ${TYPENAME} ... on SkillCertification { id status } } }`, VENDOR, certifiableOfA),
  m('revokeCertification', `mutation ($i: RevokeCertificationInput!) { revokeCertification(input: $i) { ${TYPENAME} ... on SkillCertification { id status } } }`, VENDOR, async (fx) => ({ i: { certificationId: await certificationOfA(fx), reason: 'matrix' } })),
  m('reportUsage', `mutation ($i: ReportUsageInput!) { reportUsage(input: $i) { ${TYPENAME} ... on UsageWriteSummary { created } } }`, [], async (fx) => ({ i: { items: [{ customerId: await customerOfA(fx), takenOn: today(), utilization: 50 }] } })),
  m('importUsage', `mutation ($i: ImportUsageInput!) { importUsage(input: $i) { ${TYPENAME} ... on UsageWriteSummary { created } } }`, VENDOR, async (fx) => ({ i: { csv: await usageCsvOfA(fx) } })),
  m('updateActivationSettings', `mutation { updateActivationSettings(input: { threshold: 60, windowDays: 90 }) { threshold } }`, ADMIN),
  m('createIntegrationKey', `mutation { createIntegrationKey(input: { name: "matrix" }) { secret key { id } } }`, ADMIN),
  m('revokeIntegrationKey', `mutation ($id: ID!) { revokeIntegrationKey(id: $id) { ${TYPENAME} ... on IntegrationKey { id revokedAt } } }`, ADMIN, async () => ({ id: (await integrationKey()).id })),
  m('openTierReview', `mutation ($i: OpenTierReviewInput!) { openTierReview(input: $i) { ${TYPENAME} ... on TierReview { id proposedTier } } }`, ADMIN, (fx) => ({ i: { partnerId: fx.partnerA.id, periodFrom: '2026-07-01', periodTo: '2026-09-30' } })),
  m('decideTierReview', `mutation ($i: DecideTierReviewInput!) { decideTierReview(input: $i) { ${TYPENAME} ... on TierReview { id status } } }`, ['auditor'], async (fx) => ({ i: { reviewId: await tierReviewOfA(fx), decision: 'APPROVED', effectiveFrom: today() } })),
  m('openReviewCycle', `mutation ($i: OpenReviewCycleInput!) { openReviewCycle(input: $i) { ${TYPENAME} ... on ReviewCycle { id reviewCount } } }`, ADMIN, () => ({ i: { name: 'matrix', periodFrom: '2026-07-01', periodTo: '2026-09-30' } })),
  m('publishTierDefinitions', `mutation ($i: PublishTierDefinitionsInput!) { publishTierDefinitions(input: $i) { ${TYPENAME} ... on TierDefinitionSet { id version } } }`, ADMIN, async () => ({ i: { effectiveFrom: '2099-01-01', tiers: await env.db.query(`SELECT tier, name_en AS "nameEn", name_ja AS "nameJa", reward_rate AS "rewardRate" FROM tier_definition d JOIN tier_definition_set s ON s.id = d.set_id WHERE s.version = 1`) } })),
  m('updateStatementSettings', `mutation { updateStatementSettings(input: { baseFee: 100000 }) { baseFee } }`, ADMIN),
];

let env: TestEnvironment;
const sessions = new Map<Actor, GraphQLClient>();
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

/** Queries share one session per actor; each mutation gets its own (it may sign out or change it). */
async function clientFor(actor: Actor, row: Row): Promise<GraphQLClient> {
  if (row.mutation) return env.clientAs(actor);
  if (!sessions.has(actor)) sessions.set(actor, await env.clientAs(actor));
  return sessions.get(actor)!;
}

const auditCount = async () => Number((await env.db.query(`SELECT count(*)::int AS n FROM audit_log_entry`))[0].n);

it('covers every query and mutation of the schema', () => {
  const schema = env.app.get(GraphQLSchemaHost).schema;
  const ops = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));
  expect(ROWS.map((r) => r.op).sort()).toEqual(ops.sort());
});

it('auditors complete no mutation but the review decision, beside what everyone may do for themselves', () => {
  const forAuditors = ROWS.filter((r) => r.mutation && r.allow.includes('auditor'));
  const everyones = forAuditors.filter((r) => SIGNED_IN.every((a) => r.allow.includes(a)));
  expect(everyones.map((r) => r.op).sort()).toEqual([
    'acceptInvitation',
    'answerSurvey',
    'changeMyPassword',
    'signIn',
    'signOut',
    'submitPartnerApplication',
    'updateMyProfile',
  ]);
  expect(forAuditors.filter((r) => !everyones.includes(r)).map((r) => r.op)).toEqual(['decideTierReview']);
});

describe.each(ROWS)('$op', (row) => {
  it.each(ACTORS)('as %s', async (actor) => {
    const client = await clientFor(actor, row);
    const variables = await row.vars?.(env.fx);
    const auditBefore = await auditCount();
    const res = await client.request<Record<string, unknown>>(row.doc, variables);

    if (row.outsiders?.includes(actor)) {
      expect(res.errors).toBeUndefined();
      expect((res.data?.[row.op] as { errorCode?: string }).errorCode).toBe('NOT_FOUND');
      expect(await auditCount()).toBe(auditBefore);
    } else if (row.allow.includes(actor)) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.[row.op]).toBeDefined();
      // An allowed mutation must really succeed, not answer a business error.
      expect((res.data?.[row.op] as { __typename?: string } | null)?.__typename ?? '').not.toMatch(/Error$/);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe(actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      expect(res.data?.[row.op] ?? null).toBeNull();
      expect(await auditCount()).toBe(auditBefore);
    }
    for (const marker of await env.fx.foreignMarkers(actor)) expect(res.raw).not.toContain(marker);
  });
});

describe('an integration API key', () => {
  it.each(ROWS.map((r) => [r.op, r] as const))('%s: only reportUsage accepts it', async (op, row) => {
    const { secret } = await integrationKey();
    const variables = await row.vars?.(env.fx);
    const auditBefore = await auditCount();
    const client = new GraphQLClient(env.url);
    const res = await client.post<Record<string, unknown>>(JSON.stringify({ query: row.doc, variables }), {
      authorization: `Bearer ${secret}`,
    });
    if (op === 'reportUsage') {
      expect(res.errors).toBeUndefined();
      expect(res.data?.reportUsage).toEqual({ __typename: 'UsageWriteSummary', created: 1 });
      expect(await auditCount()).toBe(auditBefore + 1);
    } else {
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(res.data?.[op] ?? null).toBeNull();
      expect(await auditCount()).toBe(auditBefore);
    }
  });
});

describe('partner scoping', () => {
  it('partner B sees only its own firm in lists and gets nothing for partner A by id', async () => {
    const b = await env.clientAs('partnerBAdmin');
    const list = await b.request<{ partners: { totalItems: number; items: { id: string }[] } }>(
      `{ partners { totalItems items { id } } }`,
    );
    expect(list.data?.partners).toEqual({ totalItems: 1, items: [{ id: env.fx.partnerB.id }] });
    const byId = await b.request<{ partner: unknown }>(`query ($id: ID!) { partner(id: $id) { id } }`, {
      id: env.fx.partnerA.id,
    });
    expect(byId.data?.partner).toBeNull();
  });

  it('vendor staff and auditors see every firm', async () => {
    const [{ n }] = await env.db.query(`SELECT count(*)::int AS n FROM partner`);
    for (const actor of ['vendorStaff', 'auditor'] as const) {
      const res = await (
        await env.clientAs(actor)
      ).request<{ partners: { totalItems: number } }>(`{ partners { totalItems } }`);
      expect(res.data?.partners.totalItems).toBe(n);
    }
  });
});
