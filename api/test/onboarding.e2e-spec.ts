import { addDays, projectHealth, PROJECT_HEALTHS, Role } from '@baton/shared';
import { Clock } from '../src/common/clock';
import type { GraphQLClient } from './support/graphql-client';
import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
let clock: Clock;
let staff: GraphQLClient;
let partnerA: GraphQLClient;
beforeAll(async () => {
  env = await createTestEnvironment();
  clock = env.app.get(Clock);
  staff = await env.clientAs('vendorStaff');
  partnerA = await env.clientAs('partnerAAdmin');
});
afterEach(() => clock.set(null));
afterAll(() => env.close());

const at = (isoDate: string) => clock.set(new Date(`${isoDate}T09:00:00Z`));
type Phase = { id: string; position: number; dueDate: string; completedOn: string | null };
type Project = {
  id: string;
  health: string;
  startDate: string;
  phases: Phase[];
  timeline: { kind: string; detail: string }[];
};
const PROJECT = `query ($id: ID!) { onboardingProject(id: $id) { id health startDate phases { id position dueDate completedOn } timeline { kind detail } } }`;
const project = async (id: string, client = staff) =>
  (await client.request<{ onboardingProject: Project }>(PROJECT, { id })).data!.onboardingProject;
const RESULT = `__typename ... on ErrorResult { errorCode message }`;
const complete = (phaseId: string, completedOn: string, client = partnerA) =>
  client.request<{ completePhase: { __typename: string; errorCode?: string } }>(
    `mutation ($i: CompletePhaseInput!) { completePhase(input: $i) { ${RESULT} ... on ProjectPhase { completedOn } } }`,
    { i: { phaseId, completedOn, summary: 'Done with the customer' } },
  );

describe('opening a project', () => {
  it('successful: accepting an assignment opens its project with the template’s phases and deadlines', async () => {
    const a = await env.fx.createAssignment(env.fx.partnerA);
    const res = await partnerA.request<{ acceptAssignment: { __typename: string } }>(
      `mutation ($id: ID!) { acceptAssignment(input: { assignmentId: $id }) { __typename } }`,
      { id: a.id },
    );
    expect(res.data?.acceptAssignment.__typename).toBe('Assignment');
    const [row] = await env.db.query(
      `SELECT id, start_date::text AS start FROM onboarding_project WHERE assignment_id = $1`,
      [a.id],
    );
    const p = await project(row.id);
    expect(p.phases.map((ph) => [ph.position, ph.dueDate])).toEqual(
      [7, 21, 35, 50, 70, 90].map((day, i) => [i + 1, addDays(row.start, day - 1)]),
    );
    expect(p.health).toBe('ON_TRACK');
    expect(p.timeline.map((e) => e.kind)).toEqual(['OPENED']);
  });
});

describe('health follows the calendar alone', () => {
  it('successful: on track, at risk within 3 days of the current phase’s deadline, overdue past it', async () => {
    const { id } = await env.fx.createProject(env.fx.partnerA, { startDate: '2026-10-01' }); // phase 1 due 2026-10-07
    const healthOn = async (day: string) => {
      at(day);
      return (await project(id)).health;
    };
    expect(await healthOn('2026-10-03')).toBe('ON_TRACK');
    expect(await healthOn('2026-10-04')).toBe('AT_RISK');
    expect(await healthOn('2026-10-07')).toBe('AT_RISK');
    expect(await healthOn('2026-10-08')).toBe('OVERDUE');
    // Completing the late phase moves the project on to phase 2 (due 2026-10-21).
    const p = await project(id);
    expect((await complete(p.phases[0].id, '2026-10-08')).data?.completePhase.__typename).toBe('ProjectPhase');
    expect(await healthOn('2026-10-10')).toBe('ON_TRACK');
    expect(await healthOn('2026-10-22')).toBe('OVERDUE');
  });

  it('successful: the SQL filter and the shared KPI function agree on every project at every date', async () => {
    const starts = ['2026-09-01', '2026-09-20', '2026-10-01', '2026-10-05', '2026-10-10'];
    const ids: string[] = [];
    for (const start of starts) ids.push((await env.fx.createProject(env.fx.partnerB, { startDate: start })).id);
    await env.db.query(`UPDATE project_phase SET completed_on = due_date WHERE project_id = $1 AND position <= 2`, [
      ids[1],
    ]);
    await env.db.query(`UPDATE onboarding_project SET churned_at = now() WHERE id = $1`, [ids[4]]);
    for (const day of ['2026-10-01', '2026-10-08', '2026-10-12', '2026-11-20']) {
      at(day);
      for (const health of PROJECT_HEALTHS) {
        const res = await staff.request<{ onboardingProjects: { items: { id: string }[] } }>(
          `query ($p: ID!, $h: ProjectHealth!) { onboardingProjects(take: 100, filter: { partnerId: $p, health: $h }) { items { id } } }`,
          { p: env.fx.partnerB.id, h: health },
        );
        const bySql = res
          .data!.onboardingProjects.items.map((i) => i.id)
          .filter((id) => ids.includes(id))
          .sort();
        const byFunction: string[] = [];
        for (const id of ids) {
          const phases: Phase[] = await env.db.query(
            `SELECT position, due_date::text AS "dueDate", completed_on::text AS "completedOn" FROM project_phase WHERE project_id = $1`,
            [id],
          );
          const [{ churned }] = await env.db.query(
            `SELECT churned_at IS NOT NULL AS churned FROM onboarding_project WHERE id = $1`,
            [id],
          );
          if (projectHealth(phases, day, churned) === health) byFunction.push(id);
        }
        expect([day, health, bySql]).toEqual([day, health, byFunction.sort()]);
      }
    }
  });
});

describe('reporting progress', () => {
  it('failing: phases complete in order, once, and never in the future', async () => {
    const p = await project((await env.fx.createProject(env.fx.partnerA)).id);
    const today = new Date().toISOString().slice(0, 10);
    expect((await complete(p.phases[2].id, today)).data?.completePhase.errorCode).toBe('PREVIOUS_PHASE_OPEN');
    expect((await complete(p.phases[0].id, addDays(today, 1))).data?.completePhase.errorCode).toBe('DATE_IN_FUTURE');
    expect((await complete(p.phases[0].id, today)).data?.completePhase.__typename).toBe('ProjectPhase');
    expect((await complete(p.phases[0].id, today)).data?.completePhase.errorCode).toBe('PHASE_ALREADY_COMPLETED');
  });

  it('successful: all phases done makes it COMPLETED; vendor staff reopen one with a reason, shown on the timeline', async () => {
    const { id } = await env.fx.createProject(env.fx.partnerA);
    const today = new Date().toISOString().slice(0, 10);
    for (const phase of (await project(id)).phases) await complete(phase.id, today);
    expect((await project(id)).health).toBe('COMPLETED');
    const closed = await partnerA.request<{ logWork: { errorCode: string } }>(
      `mutation ($id: ID!) { logWork(input: { projectId: $id, kind: OPERATION_LECTURE, date: "${today}", hours: 1 }) { ${RESULT} } }`,
      { id },
    );
    expect(closed.data?.logWork.errorCode).toBe('PROJECT_CLOSED');
    const last = (await project(id)).phases[5];
    const reopened = await staff.request<{ reopenPhase: { __typename: string } }>(
      `mutation ($id: ID!) { reopenPhase(input: { phaseId: $id, reason: "Data migration incomplete" }) { ${RESULT} } }`,
      { id: last.id },
    );
    expect(reopened.data?.reopenPhase.__typename).toBe('ProjectPhase');
    const after = await project(id);
    expect(after.health).not.toBe('COMPLETED');
    expect(after.timeline[0]).toEqual({
      kind: 'PHASE_REOPENED',
      detail: 'Go-live & handover: Data migration incomplete',
    });
  });

  it('successful: work sessions and open issues are kept on the project', async () => {
    const { id } = await env.fx.createProject(env.fx.partnerA);
    const today = new Date().toISOString().slice(0, 10);
    const log = await partnerA.request<{ logWork: { __typename: string; hours: number } }>(
      `mutation ($id: ID!) { logWork(input: { projectId: $id, kind: REQUIREMENTS_ADVICE, date: "${today}", hours: 2.5, notes: "Mapped the payroll flow" }) { ${RESULT} ... on WorkLog { hours } } }`,
      { id },
    );
    expect(log.data?.logWork).toEqual({ __typename: 'WorkLog', hours: 2.5 });
    const opened = await partnerA.request<{ openProjectIssue: { id: string } }>(
      `mutation ($id: ID!) { openProjectIssue(input: { projectId: $id, title: "Bank export format" }) { ${RESULT} ... on ProjectIssue { id } } }`,
      { id },
    );
    const issueId = opened.data!.openProjectIssue.id;
    const resolve = () =>
      partnerA.request<{ resolveProjectIssue: { __typename: string; errorCode?: string } }>(
        `mutation ($id: ID!) { resolveProjectIssue(input: { issueId: $id }) { ${RESULT} } }`,
        { id: issueId },
      );
    expect((await resolve()).data?.resolveProjectIssue.__typename).toBe('ProjectIssue');
    expect((await resolve()).data?.resolveProjectIssue.errorCode).toBe('ISSUE_ALREADY_RESOLVED');
    const res = await staff.request<{
      onboardingProject: { workLogs: unknown[]; issues: { resolvedAt: string | null }[]; timeline: { kind: string }[] };
    }>(
      `query ($id: ID!) { onboardingProject(id: $id) { workLogs { kind hours notes } issues { title resolvedAt } timeline { kind } } }`,
      { id },
    );
    expect(res.data?.onboardingProject.workLogs).toEqual([
      { kind: 'REQUIREMENTS_ADVICE', hours: 2.5, notes: 'Mapped the payroll flow' },
    ]);
    expect(res.data?.onboardingProject.issues[0].resolvedAt).not.toBeNull();
    expect(res.data?.onboardingProject.timeline.map((e) => e.kind)).toEqual([
      'ISSUE_RESOLVED',
      'ISSUE_OPENED',
      'WORK_LOGGED',
    ]);
  });

  it('successful: vendor staff churn a project with a reason; the firm can no longer report on it', async () => {
    const { id } = await env.fx.createProject(env.fx.partnerA);
    const churned = await staff.request<{ churnProject: { health: string } }>(
      `mutation ($id: ID!) { churnProject(input: { projectId: $id, reason: "Customer cancelled the contract" }) { ${RESULT} ... on OnboardingProject { health churnReason } } }`,
      { id },
    );
    expect(churned.data?.churnProject).toMatchObject({
      health: 'CHURNED',
      churnReason: 'Customer cancelled the contract',
    });
    const phase = (await project(id)).phases[0];
    expect((await complete(phase.id, new Date().toISOString().slice(0, 10))).data?.completePhase.errorCode).toBe(
      'PROJECT_CLOSED',
    );
  });
});

describe('templates', () => {
  it('successful: editing writes a new version; running projects keep theirs, new ones take it', async () => {
    const running = await env.fx.createProject(env.fx.partnerA);
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request<{ updateOnboardingTemplate: { version: number; phases: { dueDay: number }[] } }>(
      `mutation ($i: UpdateOnboardingTemplateInput!) { updateOnboardingTemplate(input: $i) { version phases { dueDay } } }`,
      {
        i: {
          name: 'Lean',
          phases: [
            { nameEn: 'Kickoff', nameJa: 'キックオフ', dueDay: 5 },
            { nameEn: 'Go-live', nameJa: '本番稼働', dueDay: 60 },
          ],
        },
      },
    );
    expect(res.data?.updateOnboardingTemplate.phases.map((p) => p.dueDay)).toEqual([5, 60]);
    expect((await project(running.id)).phases).toHaveLength(6);
    const a = await env.fx.createAssignment(env.fx.partnerA);
    await partnerA.request(`mutation ($id: ID!) { acceptAssignment(input: { assignmentId: $id }) { __typename } }`, {
      id: a.id,
    });
    const [row] = await env.db.query(`SELECT id FROM onboarding_project WHERE assignment_id = $1`, [a.id]);
    expect((await project(row.id)).phases).toHaveLength(2);
    const versions = await admin.request<{ onboardingTemplates: { version: number }[] }>(
      `{ onboardingTemplates { version } }`,
    );
    expect(versions.data?.onboardingTemplates.map((t) => t.version).slice(0, 2)).toEqual([
      res.data!.updateOnboardingTemplate.version,
      res.data!.updateOnboardingTemplate.version - 1,
    ]);
  });

  it('failing: deadlines that do not increase are refused with a clear message', async () => {
    const admin = await env.clientAs('vendorAdmin', 'ja');
    const res = await admin.request(
      `mutation { updateOnboardingTemplate(input: { name: "Bad", phases: [{ nameEn: "A", nameJa: "A", dueDay: 30 }, { nameEn: "B", nameJa: "B", dueDay: 10 }] }) { version } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fieldErrors).toEqual([
      { field: 'phases', message: '各フェーズの期限は前のフェーズより後の日にしてください。' },
    ]);
  });
});

describe('who sees which project', () => {
  it('successful: a partner member sees the projects they are staffed on; another firm sees none', async () => {
    const [{ id: memberConsultant }] = await env.db.query(
      `INSERT INTO consultant (partner_id, email, display_name) VALUES ($1, $2, 'Member') ON CONFLICT DO NOTHING RETURNING id`,
      [env.fx.partnerA.id, env.fx.users.partnerAMember.email],
    );
    const staffed = await env.fx.createProject(env.fx.partnerA, { leadConsultantId: memberConsultant });
    const other = await env.fx.createProject(env.fx.partnerA);
    const member = await env.clientAs('partnerAMember');
    const list = await member.request<{ onboardingProjects: { items: { id: string }[] } }>(
      `{ onboardingProjects(take: 100) { items { id } } }`,
    );
    expect(list.data?.onboardingProjects.items.map((i) => i.id)).toEqual([staffed.id]);
    expect(await project(other.id, member)).toBeNull();
    const b = await env.clientAs('partnerBAdmin');
    expect(await project(staffed.id, b)).toBeNull();
  });

  it('successful: a page of projects costs the same statements for 5 or 50 with nested fields', async () => {
    for (let i = 0; i < 51; i++) await env.fx.createProject(env.fx.partnerB);
    const cost = async (take: number) => {
      const before = env.sqlStatements();
      const res = await staff.request(
        `query ($t: Int!) { onboardingProjects(take: $t) { items { id health currentPhase { position } phases { id } customer { id } partner { id } leadConsultant { id } team { id } workLogs { id } issues { id } } } }`,
        { t: take },
      );
      expect(res.errors).toBeUndefined();
      return env.sqlStatements() - before;
    };
    await cost(1);
    expect(await cost(50)).toBe(await cost(5));
  });
});

describe('escalations', () => {
  const RAISE = `mutation ($i: RaiseEscalationInput!) { raiseEscalation(input: $i) { ${RESULT} ... on Escalation { id } } }`;
  const REPLY = `mutation ($i: ReplyToEscalationInput!) { replyToEscalation(input: $i) { ${RESULT} ... on Escalation { firstResponseAt } } }`;
  const RESOLVE = `mutation ($i: ResolveEscalationInput!) { resolveEscalation(input: $i) { ${RESULT} ... on Escalation { resolvedAt } } }`;
  const moment = (iso: string) => clock.set(new Date(iso));

  it('successful: raised by the firm, answered and resolved in the inbox, with priority by age and response times', async () => {
    const firm = await env.fx.createPartner();
    const admin = await env.fx.createUser(Role.PARTNER_ADMIN, firm);
    const client = await env.clientAsUser(admin);
    const { id: projectId } = await env.fx.createProject(firm, { startDate: '2026-10-01' });
    moment('2026-10-02T09:00:00Z');
    const raised = await client.request<{ raiseEscalation: { id: string } }>(RAISE, {
      i: { projectId, category: 'DEFECT', subject: 'Payslip totals wrong', body: 'Totals differ from the old system.' },
    });
    const id = raised.data!.raiseEscalation.id;
    const inbox = async () =>
      (
        await staff.request<{ escalations: { items: { id: string; priority: string | null }[] } }>(
          `query ($p: ID!) { escalations(filter: { partnerId: $p }) { items { id priority } } }`,
          { p: firm.id },
        )
      ).data!.escalations.items;
    expect(await inbox()).toEqual([{ id, priority: 'LOW' }]);
    moment('2026-10-03T10:00:00Z');
    expect((await inbox())[0].priority).toBe('MEDIUM');
    moment('2026-10-02T11:00:00Z'); // the vendor answers two hours after it was raised
    const answered = await staff.request<{ replyToEscalation: { firstResponseAt: string } }>(REPLY, {
      i: { escalationId: id, body: 'Looking into it.' },
    });
    expect(answered.data?.replyToEscalation.firstResponseAt).toBe('2026-10-02T11:00:00.000Z');
    moment('2026-10-02T12:00:00Z');
    await client.request(REPLY, { i: { escalationId: id, body: 'Thanks, attached the export.' } });
    moment('2026-10-02T19:00:00Z');
    expect(
      (
        await staff.request<{ resolveEscalation: { resolvedAt: string } }>(RESOLVE, {
          i: { escalationId: id, resolution: 'Fixed in 4.2.1' },
        })
      ).data?.resolveEscalation.resolvedAt,
    ).toBe('2026-10-02T19:00:00.000Z');
    const again = await client.request<{ replyToEscalation: { errorCode: string } }>(REPLY, {
      i: { escalationId: id, body: 'One more thing' },
    });
    expect(again.data?.replyToEscalation.errorCode).toBe('ESCALATION_RESOLVED');

    const stats = await staff.request<{ escalationStats: Record<string, number> }>(
      `query ($p: ID!) { escalationStats(filter: { partnerId: $p }) { open resolved medianFirstResponseHours medianResolutionHours perProject } }`,
      { p: firm.id },
    );
    expect(stats.data?.escalationStats).toEqual({
      open: 0,
      resolved: 1,
      medianFirstResponseHours: 2,
      medianResolutionHours: 10,
      perProject: 1,
    });
    const onProject = await client.request<{
      onboardingProject: { escalations: { messages: { fromVendor: boolean }[] }[]; timeline: { kind: string }[] };
    }>(
      `query ($id: ID!) { onboardingProject(id: $id) { escalations { messages { fromVendor } } timeline { kind } } }`,
      { id: projectId },
    );
    expect(onProject.data?.onboardingProject.escalations[0].messages.map((m) => m.fromVendor)).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(onProject.data?.onboardingProject.timeline.map((e) => e.kind)).toEqual([
      'ESCALATION_RESOLVED',
      'ESCALATION_RAISED',
    ]);
    const b = await env.clientAs('partnerBAdmin');
    const seen = await b.request<{ escalation: unknown }>(`query ($id: ID!) { escalation(id: $id) { id } }`, { id });
    expect(seen.data?.escalation).toBeNull();
  });

  it('successful: an escalation open for more than 5 days puts the project at risk, in the field and the SQL filter', async () => {
    const firm = await env.fx.createPartner();
    const { id: projectId } = await env.fx.createProject(firm, { startDate: '2026-10-01' }); // phase 1 due 2026-10-07
    await env.db.query(`UPDATE project_phase SET completed_on = due_date WHERE project_id = $1 AND position = 1`, [
      projectId,
    ]);
    await env.db.query(
      `INSERT INTO escalation (project_id, partner_id, category, subject, created_at) VALUES ($1, $2, 'OTHER', 'Old', '2026-10-08T10:00:00Z')`,
      [projectId, firm.id],
    );
    const healthOn = async (day: string) => {
      at(day);
      const field = (await project(projectId)).health;
      const filtered = await staff.request<{ onboardingProjects: { items: { id: string }[] } }>(
        `query ($p: ID!) { onboardingProjects(filter: { partnerId: $p, health: AT_RISK }) { items { id } } }`,
        { p: firm.id },
      );
      return [field, filtered.data!.onboardingProjects.items.length === 1];
    };
    expect(await healthOn('2026-10-13')).toEqual(['ON_TRACK', false]);
    expect(await healthOn('2026-10-14')).toEqual(['AT_RISK', true]);
  });
});

describe('surveys', () => {
  beforeAll(async () => {
    // The six phases of DESIGN.md, surveying after requirements and after the lectures (as the default).
    const phases = [
      ['Kickoff', 7, false],
      ['Business inventory & requirements', 21, true],
      ['Setup & data migration', 35, false],
      ['Operation lectures & Q&A', 50, true],
      ['Trial run & remaining issues', 70, false],
      ['Go-live & handover', 90, false],
    ].map(([nameEn, dueDay, surveyOnCompletion]) => ({ nameEn, nameJa: nameEn, dueDay, surveyOnCompletion }));
    const admin = await env.clientAs('vendorAdmin');
    const res = await admin.request(
      `mutation ($i: UpdateOnboardingTemplateInput!) { updateOnboardingTemplate(input: $i) { version } }`,
      { i: { name: 'Standard', phases } },
    );
    expect(res.errors).toBeUndefined();
  });
  const VIEW = `query ($t: String!) { survey(token: $t) { state kind companyName phaseNameEn } }`;
  const ANSWER = `mutation ($i: AnswerSurveyInput!) { answerSurvey(input: $i) { __typename ... on SurveyAnswered { answered } ... on ErrorResult { errorCode message } } }`;
  const SURVEYS = `query ($id: ID!) { onboardingProject(id: $id) { surveys { kind phasePosition link answeredAt csat nps worries } } }`;
  type Survey = {
    kind: string;
    phasePosition: number | null;
    link: string;
    answeredAt: string | null;
    csat: number | null;
  };
  const surveysOf = async (id: string) =>
    (await staff.request<{ onboardingProject: { surveys: Survey[] } }>(SURVEYS, { id })).data!.onboardingProject
      .surveys;

  it('successful: a marked phase and the last phase send a one-time link the customer answers once, without signing in', async () => {
    const { id } = await env.fx.createProject(env.fx.partnerA);
    const today = new Date().toISOString().slice(0, 10);
    const phases = (await project(id)).phases;
    await complete(phases[0].id, today);
    expect(await surveysOf(id)).toEqual([]); // Kickoff asks nothing
    await complete(phases[1].id, today); // requirements: marked in the default template
    const [afterRequirements] = await surveysOf(id);
    expect(afterRequirements).toMatchObject({ kind: 'PHASE', phasePosition: 2, answeredAt: null });
    for (const phase of phases.slice(2)) await complete(phase.id, today);
    expect((await surveysOf(id)).map((s) => [s.kind, s.phasePosition])).toEqual([
      ['END', null],
      ['PHASE', 4],
      ['PHASE', 2],
    ]);

    const token = afterRequirements.link.replace('/survey/', '');
    const customer = await env.clientAs('anonymous', 'ja');
    const view = await customer.request<{ survey: Record<string, unknown> }>(VIEW, { t: token });
    expect(view.data?.survey).toMatchObject({
      state: 'OPEN',
      kind: 'PHASE',
      phaseNameEn: 'Business inventory & requirements',
    });
    const answer = { token, csat: 4, nps: 9, worries: '給与計算の締め日が不安です', evaluation: '丁寧でした' };
    expect((await customer.request<{ answerSurvey: unknown }>(ANSWER, { i: answer })).data?.answerSurvey).toEqual({
      __typename: 'SurveyAnswered',
      answered: true,
    });
    const twice = await customer.request<{ answerSurvey: { errorCode: string; message: string } }>(ANSWER, {
      i: { ...answer, csat: 1 },
    });
    expect(twice.data?.answerSurvey.errorCode).toBe('SURVEY_INVALID');
    expect(twice.data?.answerSurvey.message).toMatch(/回答済み/);
    expect((await customer.request<{ survey: { state: string } }>(VIEW, { t: token })).data?.survey.state).toBe(
      'ANSWERED',
    );
    const stored = (await surveysOf(id)).find((s) => s.phasePosition === 2)!;
    expect(stored).toMatchObject({ csat: 4, nps: 9, worries: '給与計算の締め日が不安です' });
  });

  it('failing: an expired link and an unknown token are refused, and change nothing', async () => {
    const { id } = await env.fx.createProject(env.fx.partnerA);
    const today = new Date().toISOString().slice(0, 10);
    const phases = (await project(id)).phases;
    await complete(phases[0].id, today);
    await complete(phases[1].id, today);
    const [survey] = await surveysOf(id);
    const token = survey.link.replace('/survey/', '');
    clock.set(new Date(Date.now() + 31 * 86_400_000));
    const customer = await env.clientAs('anonymous');
    expect((await customer.request<{ survey: { state: string } }>(VIEW, { t: token })).data?.survey.state).toBe(
      'EXPIRED',
    );
    const late = await customer.request<{ answerSurvey: { errorCode: string } }>(ANSWER, {
      i: { token, csat: 3, nps: 5 },
    });
    expect(late.data?.answerSurvey.errorCode).toBe('SURVEY_INVALID');
    clock.set(null);
    const unknown = await customer.request<{ answerSurvey: { errorCode: string } }>(ANSWER, {
      i: { token: 'x'.repeat(43), csat: 3, nps: 5 },
    });
    expect(unknown.data?.answerSurvey.errorCode).toBe('SURVEY_INVALID');
    expect((await customer.request<{ survey: unknown }>(VIEW, { t: 'x'.repeat(43) })).data?.survey).toBeNull();
    expect((await surveysOf(id))[0].answeredAt).toBeNull();
  });
});
