import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays } from '@baton/shared';
import { Assignment, AssignmentSource, AssignmentStatus } from '../assignments/assignment.entity';
import { ALL_LINES, CapacityPlan } from '../capacity/capacity-plan.entity';
import { CapacityOfferChange } from '../capacity/capacity-offer-change.entity';
import { currentMonth, toDate, toMonth } from '../capacity/month';
import { CustomerAccount } from '../customers/customer-account.entity';
import { OnboardingProject } from '../onboarding/onboarding-project.entity';
import { ProjectPhase } from '../onboarding/project-phase.entity';
import { Survey, SurveyKind } from '../onboarding/survey.entity';
import { ProjectEvent, ProjectIssue, WorkLog, WorkKind } from '../onboarding/project-record.entity';
import type { Partner } from '../partners/partner.entity';
import { Consultant } from '../training/consultant.entity';
import {
  DEMO_PROJECTS,
  DEMO_SURVEY_ANSWERS,
  planDemoPhases,
  type PlannedPhase,
  type DemoProject,
  type TemplatePhaseRow,
} from './demo-projects';
import { DEMO_CAPACITY, DEMO_CUSTOMERS, DEMO_DECLINE_DAYS, DEMO_SIGN_OFF, demoExternalId } from './demo-queue';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of `days` days after `now` (UTC, like the API's "today"). */
const isoDay = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);
/** A moment of that day: 10:00 in Japan. */
const at = (day: string, hourUtc = 1) => new Date(`${day}T${String(hourUtc).padStart(2, '0')}:00:00Z`);

export interface DemoProjectCounts {
  projects: number;
  workLogs: number;
  openIssues: number;
  surveyAnswers: number;
}

/**
 * Runs after the queue (same transaction, so once): customers each firm accepted over the last
 * ~80 days, their assignments (ACTIVE, accepted) consuming a slot of the month they started in —
 * a past month gets the firm's usual offer — and their onboarding projects, opened with the
 * current template as a real acceptance opens them, with earlier phases done, work logged and an
 * open issue on some.
 */
export async function seedDemoProjects(
  m: EntityManager,
  firms: ReadonlyMap<string, Partner>,
  now = new Date(),
): Promise<DemoProjectCounts> {
  const today = isoDay(now, 0);
  // The columns a project copies, read as a real opening reads them (`api/test/support/fixtures.ts` too).
  const [template]: { id: string }[] = await m.query(`SELECT id FROM onboarding_template WHERE current`);
  if (!template) throw new Error('demo seed: no current onboarding template');
  const templatePhases: TemplatePhaseRow[] = await m.query(
    `SELECT position, name_en AS "nameEn", name_ja AS "nameJa", due_day AS "dueDay",
            survey_on_completion AS "surveyOnCompletion"
       FROM template_phase WHERE template_id = $1 ORDER BY position`,
    [template.id],
  );
  const counts: DemoProjectCounts = { projects: 0, workLogs: 0, openIssues: 0, surveyAnswers: 0 };

  for (const [index, demo] of DEMO_PROJECTS.entries()) {
    const firm = firms.get(demo.firm)!;
    const lead = await m
      .getRepository(Consultant)
      .findOneByOrFail({ partnerId: firm.id, email: `consultant1@${demo.firm}.example` });
    const member = await m
      .getRepository(Consultant)
      .findOneByOrFail({ partnerId: firm.id, email: `consultant2@${demo.firm}.example` });
    const admin = `admin@${demo.firm}.example`;
    const startDate = isoDay(now, -demo.startedDaysAgo);

    const customer = await m.getRepository(CustomerAccount).save({
      externalId: demoExternalId(DEMO_CUSTOMERS.length + index),
      companyName: demo.company,
      industry: demo.industry,
      employeeBand: demo.employeeBand,
      prefecture: demo.prefecture,
      products: demo.products,
      contractDate: addDays(startDate, -demo.contractDaysBeforeStart),
      segment: demo.segment,
      partnerId: firm.id,
    });
    const month = toMonth(startDate);
    const planId = await slotOf(m, firm, demo.firm, month, now);
    const assignedAt = at(addDays(startDate, -2));
    const assignment = await m.getRepository(Assignment).save({
      customerId: customer.id,
      partnerId: firm.id,
      leadConsultantId: lead.id,
      month: toDate(month),
      capacityPlanId: planId,
      status: AssignmentStatus.ACTIVE,
      source: AssignmentSource.MANUAL,
      fit: null,
      assignedAt,
      assignedByEmail: DEMO_SIGN_OFF,
      declineBy: new Date(assignedAt.getTime() + DEMO_DECLINE_DAYS * DAY_MS),
      acceptedAt: at(startDate),
      acceptedByEmail: admin,
    });

    const project = await m.getRepository(OnboardingProject).save({
      assignmentId: assignment.id,
      customerId: customer.id,
      partnerId: firm.id,
      leadConsultantId: lead.id,
      teamConsultantIds: demo.withTeam ? [member.id] : [],
      templateId: template.id,
      startDate,
      createdAt: at(startDate),
    });
    const phases = planDemoPhases(demo, startDate, today, templatePhases);
    await m.getRepository(ProjectPhase).insert(
      phases.map((p) => ({
        projectId: project.id,
        partnerId: firm.id,
        ...p,
        completedByEmail: p.completedOn ? lead.email : null,
      })),
    );
    const events: Partial<ProjectEvent>[] = [{ kind: 'OPENED', at: at(startDate), byEmail: admin, detail: null }];
    for (const p of phases)
      if (p.completedOn)
        events.push({ kind: 'PHASE_COMPLETED', at: at(p.completedOn, 8), byEmail: lead.email, detail: p.nameEn });
    counts.surveyAnswers += await answerSurveys(m, project, phases, index, today);
    counts.workLogs += await logWork(m, project, demo, now, lead.email, events);
    if (demo.openIssue) {
      const openedAt = at(isoDay(now, -demo.openIssue.daysAgo), 6);
      await m.getRepository(ProjectIssue).insert({
        projectId: project.id,
        partnerId: firm.id,
        title: demo.openIssue.title,
        note: demo.openIssue.note,
        openedAt,
        openedByEmail: lead.email,
      });
      events.push({ kind: 'ISSUE_OPENED', at: openedAt, byEmail: lead.email, detail: demo.openIssue.title });
      counts.openIssues += 1;
    }
    await m
      .getRepository(ProjectEvent)
      .insert(events.map((e) => ({ ...e, projectId: project.id, partnerId: firm.id })));
    counts.projects += 1;
  }
  return counts;
}

/**
 * A slot of `month` for the firm, taken with the same guarded increment a placement makes. The
 * queue seeded this month and the next five; an earlier month gets the firm's usual offer.
 */
async function slotOf(m: EntityManager, firm: Partner, key: string, month: string, now: Date): Promise<string> {
  const repo = m.getRepository(CapacityPlan);
  let plan = await repo.findOneBy({ partnerId: firm.id, month: toDate(month), productLine: ALL_LINES });
  if (!plan) {
    if (month >= currentMonth(now)) throw new Error(`demo seed: no offer of ${key} for ${month}`);
    const by = `admin@${key}.example`;
    // Offered some three weeks before the month began, as a firm plans ahead.
    const offeredAt = new Date(Date.parse(`${toDate(month)}T00:00:00Z`) - 20 * DAY_MS);
    plan = await repo.save({
      partnerId: firm.id,
      month: toDate(month),
      productLine: ALL_LINES,
      slotsOffered: DEMO_CAPACITY[key],
      slotsConsumed: 0,
      updatedByEmail: by,
      updatedAt: offeredAt,
    });
    await m.getRepository(CapacityOfferChange).insert({
      partnerId: firm.id,
      month: toDate(month),
      productLine: ALL_LINES,
      previousSlots: null,
      newSlots: DEMO_CAPACITY[key],
      changedByEmail: by,
      at: offeredAt,
    });
  }
  const [rows]: [{ id: string }[], number] = await m.query(
    `UPDATE capacity_plan SET slots_consumed = slots_consumed + 1
      WHERE id = $1 AND slots_consumed < slots_offered RETURNING id`,
    [plan.id],
  );
  if (!rows.length) throw new Error(`demo seed: no free slot of ${key} in ${month}`);
  return plan.id;
}

async function logWork(
  m: EntityManager,
  project: OnboardingProject,
  demo: DemoProject,
  now: Date,
  by: string,
  events: Partial<ProjectEvent>[],
): Promise<number> {
  for (const log of demo.workLogs) {
    const date = isoDay(now, -log.daysAgo);
    await m.getRepository(WorkLog).insert({
      projectId: project.id,
      partnerId: project.partnerId,
      kind: log.kind as WorkKind,
      date,
      hours: log.hours,
      notes: log.notes,
      loggedByEmail: by,
      createdAt: at(date, 9),
    });
    events.push({ kind: 'WORK_LOGGED', at: at(date, 9), byEmail: by, detail: `${log.kind} ${log.hours}h` });
  }
  return demo.workLogs.length;
}

/**
 * The surveys of completed phases marked to survey the customer, sent on completion and answered
 * two days later (once that day has come), as a real link collects them. Answers the number answered.
 */
async function answerSurveys(
  m: EntityManager,
  project: OnboardingProject,
  phases: readonly PlannedPhase[],
  index: number,
  today: string,
): Promise<number> {
  let answered = 0;
  for (const phase of phases) {
    if (!phase.surveyOnCompletion || !phase.completedOn) continue;
    const sentAt = at(phase.completedOn, 9);
    const answeredOn = addDays(phase.completedOn, 2);
    const answer =
      answeredOn <= today ? DEMO_SURVEY_ANSWERS[(index + phase.position) % DEMO_SURVEY_ANSWERS.length] : null;
    await m.getRepository(Survey).insert({
      projectId: project.id,
      partnerId: project.partnerId,
      kind: SurveyKind.PHASE,
      phasePosition: phase.position,
      token: randomBytes(32).toString('base64url'),
      createdAt: sentAt,
      expiresAt: new Date(sentAt.getTime() + 30 * DAY_MS),
      answeredAt: answer ? at(answeredOn, 3) : null,
      csat: answer?.csat ?? null,
      nps: answer?.nps ?? null,
      worries: answer?.worries ?? null,
      evaluation: answer?.evaluation ?? null,
    });
    if (answer) answered += 1;
  }
  return answered;
}
