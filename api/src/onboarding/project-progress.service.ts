import { Injectable } from '@nestjs/common';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { ConsultantsService } from '../training/consultants.service';
import type {
  CompletePhaseInput,
  LogWorkInput,
  OpenProjectIssueInput,
  ReopenPhaseInput,
  ResolveProjectIssueInput,
  UpdateProjectTeamInput,
} from './dto/project.inputs';
import { OnboardingProject } from './onboarding-project.entity';
import {
  DateInFutureError,
  IssueAlreadyResolvedError,
  PhaseAlreadyCompletedError,
  PhaseNotCompletedError,
  PreviousPhaseOpenError,
  ProjectClosedError,
} from './onboarding.errors';
import { ProjectPhase } from './project-phase.entity';
import { ProjectEvent, ProjectIssue, WorkLog } from './project-record.entity';
import { ProjectsService } from './projects.service';
import { SurveysService } from './surveys.service';

type Closed = NotFoundError | ProjectClosedError;

/** What the firm reports on a project (phases, work, open issues) and the vendor's corrections. */
@Injectable()
export class ProjectProgressService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly consultants: ConsultantsService,
    private readonly clock: Clock,
    private readonly surveys: SurveysService,
  ) {}

  async completePhase(
    ctx: RequestContext,
    input: CompletePhaseInput,
  ): Promise<ProjectPhase | Closed | PhaseAlreadyCompletedError | PreviousPhaseOpenError | DateInFutureError> {
    const found = await this.phase(ctx, input.phaseId);
    if (!(found instanceof ProjectPhase)) return found;
    const project = await this.openProject(ctx, found.projectId);
    if (!(project instanceof OnboardingProject)) return project;
    if (found.completedOn) return new PhaseAlreadyCompletedError(ctx, this.name(ctx, found));
    if (input.completedOn > this.clock.today()) return new DateInFutureError(ctx, input.completedOn);
    const earlier = (await this.projects.phasesOf(ctx, project.id)).find(
      (p) => p.position < found.position && !p.completedOn,
    );
    if (earlier) return new PreviousPhaseOpenError(ctx, this.name(ctx, earlier), earlier.position);
    Object.assign(found, {
      completedOn: input.completedOn,
      summary: input.summary,
      completedByEmail: ctx.user?.email ?? null,
    });
    await ctx.manager.getRepository(ProjectPhase).save(found);
    await this.projects.event(ctx, project, 'PHASE_COMPLETED', found.nameEn);
    const phases = await this.projects.phasesOf(ctx, project.id);
    const last = phases.every((p) => p.id === found.id || p.completedOn);
    await this.surveys.onPhaseCompleted(ctx, project, found, last);
    ctx.audit({
      action: 'project.completePhase',
      entityType: 'ProjectPhase',
      entityId: found.id,
      after: { position: found.position, completedOn: input.completedOn },
    });
    return found;
  }

  /** Vendor staff reopen a completed phase (and the project with it), with a reason. */
  async reopenPhase(
    ctx: RequestContext,
    input: ReopenPhaseInput,
  ): Promise<ProjectPhase | NotFoundError | ProjectClosedError | PhaseNotCompletedError> {
    const found = await this.phase(ctx, input.phaseId);
    if (!(found instanceof ProjectPhase)) return found;
    const project = await this.projects.get(ctx, found.projectId);
    if (!project) return new NotFoundError(ctx, 'project');
    if (project.churnedAt) return new ProjectClosedError(ctx, 'CHURNED');
    if (!found.completedOn) return new PhaseNotCompletedError(ctx, this.name(ctx, found));
    const before = { completedOn: found.completedOn, summary: found.summary };
    Object.assign(found, { completedOn: null, summary: null, completedByEmail: null });
    await ctx.manager.getRepository(ProjectPhase).save(found);
    await this.projects.event(ctx, project, 'PHASE_REOPENED', `${found.nameEn}: ${input.reason}`);
    ctx.audit({
      action: 'project.reopenPhase',
      entityType: 'ProjectPhase',
      entityId: found.id,
      before,
      after: { reason: input.reason },
    });
    return found;
  }

  async logWork(ctx: RequestContext, input: LogWorkInput): Promise<WorkLog | Closed | DateInFutureError> {
    const project = await this.openProject(ctx, input.projectId);
    if (!(project instanceof OnboardingProject)) return project;
    if (input.date > this.clock.today()) return new DateInFutureError(ctx, input.date);
    const log = await ctx.manager.getRepository(WorkLog).save(
      ctx.manager.getRepository(WorkLog).create({
        projectId: project.id,
        partnerId: project.partnerId,
        kind: input.kind,
        date: input.date,
        hours: input.hours,
        notes: input.notes?.trim() || null,
        loggedByEmail: ctx.user?.email ?? null,
      }),
    );
    await this.projects.event(ctx, project, 'WORK_LOGGED', `${input.kind} ${input.hours}h`);
    ctx.audit({ action: 'project.logWork', entityType: 'WorkLog', entityId: log.id, after: { ...input } });
    return log;
  }

  async openIssue(ctx: RequestContext, input: OpenProjectIssueInput): Promise<ProjectIssue | Closed> {
    const project = await this.openProject(ctx, input.projectId);
    if (!(project instanceof OnboardingProject)) return project;
    const issue = await ctx.manager.getRepository(ProjectIssue).save(
      ctx.manager.getRepository(ProjectIssue).create({
        projectId: project.id,
        partnerId: project.partnerId,
        title: input.title,
        note: input.note?.trim() || null,
        openedByEmail: ctx.user?.email ?? null,
      }),
    );
    await this.projects.event(ctx, project, 'ISSUE_OPENED', input.title);
    ctx.audit({
      action: 'project.openIssue',
      entityType: 'ProjectIssue',
      entityId: issue.id,
      after: { title: input.title },
    });
    return issue;
  }

  async resolveIssue(
    ctx: RequestContext,
    input: ResolveProjectIssueInput,
  ): Promise<ProjectIssue | NotFoundError | IssueAlreadyResolvedError> {
    const issue = await scopedQuery(ctx, ProjectIssue, 'i')
      .andWhere('i.id = :id', { id: input.issueId })
      .setLock('pessimistic_write')
      .getOne();
    const project = issue && (await this.projects.get(ctx, issue.projectId));
    if (!issue || !project) return new NotFoundError(ctx, 'projectIssue');
    if (issue.resolvedAt) return new IssueAlreadyResolvedError(ctx);
    Object.assign(issue, { resolvedAt: this.clock.now(), resolvedByEmail: ctx.user?.email ?? null });
    await ctx.manager.getRepository(ProjectIssue).save(issue);
    await this.projects.event(ctx, project, 'ISSUE_RESOLVED', issue.title);
    ctx.audit({
      action: 'project.resolveIssue',
      entityType: 'ProjectIssue',
      entityId: issue.id,
      after: { title: issue.title },
    });
    return issue;
  }

  /** A partner admin staffs the project with consultants of the firm besides the lead. */
  async updateTeam(ctx: RequestContext, input: UpdateProjectTeamInput): Promise<OnboardingProject | NotFoundError> {
    const project = await this.projects.get(ctx, input.projectId);
    if (!project) return new NotFoundError(ctx, 'project');
    const members = await Promise.all(input.consultantIds.map((id) => this.consultants.get(ctx, id)));
    if (members.some((c) => !c || c.partnerId !== project.partnerId || !c.active))
      return new NotFoundError(ctx, 'consultant');
    const before = project.teamConsultantIds;
    project.teamConsultantIds = input.consultantIds.filter((id) => id !== project.leadConsultantId);
    await ctx.manager.getRepository(OnboardingProject).save(project);
    ctx.audit({
      action: 'project.updateTeam',
      entityType: 'OnboardingProject',
      entityId: project.id,
      before: { team: before },
      after: { team: project.teamConsultantIds },
    });
    return project;
  }

  workLogsOf(ctx: RequestContext, projectId: string): Promise<WorkLog[]> {
    return this.byProject(ctx, WorkLog, 'project.workLogs', projectId, 'date');
  }

  issuesOf(ctx: RequestContext, projectId: string): Promise<ProjectIssue[]> {
    return this.byProject(ctx, ProjectIssue, 'project.issues', projectId, 'openedAt');
  }

  timelineOf(ctx: RequestContext, projectId: string): Promise<ProjectEvent[]> {
    return this.byProject(ctx, ProjectEvent, 'project.events', projectId, 'at');
  }

  private byProject<T extends WorkLog | ProjectIssue | ProjectEvent>(
    ctx: RequestContext,
    entity: new () => T,
    key: string,
    projectId: string,
    order: string,
  ): Promise<T[]> {
    return ctx
      .loader<T[]>(key, async (ids) => {
        const rows = (await scopedQuery(ctx, entity, 'r')
          .andWhere('r.projectId IN (:...ids)', { ids })
          .orderBy(`r.${order}`, 'DESC')
          .addOrderBy('r.id', 'ASC')
          .getMany()) as T[];
        return ids.map((id) => rows.filter((r) => r.projectId === id));
      })
      .load(projectId) as Promise<T[]>;
  }

  /** A phase of a project the caller may see, locked for the change that follows. */
  private async phase(ctx: RequestContext, id: string): Promise<ProjectPhase | NotFoundError> {
    const phase = await scopedQuery(ctx, ProjectPhase, 'ph')
      .andWhere('ph.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!phase || !(await this.projects.get(ctx, phase.projectId))) return new NotFoundError(ctx, 'projectPhase');
    return phase;
  }

  /** A project the caller may see that still takes progress (neither churned nor completed). */
  private async openProject(ctx: RequestContext, id: string): Promise<OnboardingProject | Closed> {
    const project = await this.projects.get(ctx, id);
    if (!project) return new NotFoundError(ctx, 'project');
    const health = await this.projects.health(ctx, project);
    if (health === 'CHURNED' || health === 'COMPLETED') return new ProjectClosedError(ctx, health);
    return project;
  }

  private name(ctx: RequestContext, phase: ProjectPhase): string {
    return ctx.locale === 'ja' ? phase.nameJa : phase.nameEn;
  }
}
