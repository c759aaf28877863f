import { Injectable } from '@nestjs/common';
import { addDays, projectHealth, Role, type ProjectHealth } from '@baton/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { toDate } from '../capacity/month';
import type { ChurnProjectInput, ProjectListArgs } from './dto/project.inputs';
import { Escalation } from './escalation.entity';
import { OnboardingProject } from './onboarding-project.entity';
import { ProjectClosedError } from './onboarding.errors';
import { currentPhaseSql, healthSql } from './project-health.sql';
import { ProjectPhase } from './project-phase.entity';
import { ProjectEvent } from './project-record.entity';
import { TemplatesService } from './templates.service';

export interface ProjectOpening {
  assignmentId: string;
  customerId: string;
  partnerId: string;
  leadConsultantId: string;
}

/** Onboarding projects: opened by an accepted assignment, followed phase by phase. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly templates: TemplatesService,
    private readonly clock: Clock,
  ) {}

  /** Opens the project of an accepted assignment today, with the current template's phases. No audit entry (the acceptance has it). */
  async open(ctx: RequestContext, o: ProjectOpening): Promise<OnboardingProject> {
    const template = await this.templates.current(ctx);
    const phases = await this.templates.phasesOf(ctx, template.id);
    const startDate = this.clock.today();
    const project = await ctx.manager
      .getRepository(OnboardingProject)
      .save({ ...o, templateId: template.id, startDate });
    await ctx.manager.getRepository(ProjectPhase).insert(
      phases.map((p) => ({
        projectId: project.id,
        partnerId: o.partnerId,
        position: p.position,
        nameEn: p.nameEn,
        nameJa: p.nameJa,
        dueDate: addDays(startDate, p.dueDay - 1),
        surveyOnCompletion: p.surveyOnCompletion,
      })),
    );
    await this.event(ctx, project, 'OPENED', null);
    return project;
  }

  /** Projects the caller may see: a partner member only those they lead or are staffed on. */
  visible(ctx: RequestContext): SelectQueryBuilder<OnboardingProject> {
    const qb = scopedQuery(ctx, OnboardingProject, 'p');
    if (ctx.role === Role.PARTNER_MEMBER) {
      qb.andWhere(
        `(p.leadConsultantId IN (SELECT own.id FROM consultant own WHERE own.user_id = :selfUserId)
          OR p.teamConsultantIds && ARRAY(SELECT own.id FROM consultant own WHERE own.user_id = :selfUserId))`,
        { selfUserId: ctx.user!.id },
      );
    }
    return qb;
  }

  async list(ctx: RequestContext, args: ProjectListArgs): Promise<Page<OnboardingProject>> {
    const qb = this.visible(ctx).setParameter('today', this.clock.today());
    const f = args.filter ?? {};
    if (f.partnerId) qb.andWhere('p.partnerId = :partnerId', { partnerId: f.partnerId });
    if (f.health) qb.andWhere(`${healthSql('p')} = :health`, { health: f.health });
    if (f.phase) qb.andWhere(`${currentPhaseSql('p')} = :phase`, { phase: f.phase });
    if (f.cohortMonth)
      qb.andWhere(`date_trunc('month', p.startDate) = CAST(:cohort AS date)`, { cohort: toDate(f.cohortMonth) });
    const [items, totalItems] = await qb
      .orderBy('p.startDate', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items, totalItems };
  }

  get(ctx: RequestContext, id: string): Promise<OnboardingProject | null> {
    return ctx
      .loader<OnboardingProject>('project.byId', async (ids) => {
        const rows = await this.visible(ctx).andWhere('p.id IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(id);
  }

  phasesOf(ctx: RequestContext, projectId: string): Promise<ProjectPhase[]> {
    return ctx
      .loader<ProjectPhase[]>('project.phases', async (ids) => {
        const rows = await scopedQuery(ctx, ProjectPhase, 'ph')
          .andWhere('ph.projectId IN (:...ids)', { ids })
          .orderBy('ph.position', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.projectId === id));
      })
      .load(projectId) as Promise<ProjectPhase[]>;
  }

  async health(ctx: RequestContext, project: OnboardingProject): Promise<ProjectHealth> {
    const [phases, oldestOpen] = await Promise.all([
      this.phasesOf(ctx, project.id),
      this.oldestOpenEscalation(ctx, project.id),
    ]);
    return projectHealth(phases, this.clock.today(), project.churnedAt !== null, oldestOpen);
  }

  /** The day (YYYY-MM-DD, UTC) the project's oldest open escalation was raised, batched. */
  private oldestOpenEscalation(ctx: RequestContext, projectId: string): Promise<string | null> {
    return ctx
      .loader<string>('project.oldestOpenEscalation', async (ids) => {
        const rows = await scopedQuery(ctx, Escalation, 'e')
          .select('e.projectId', 'projectId')
          .addSelect(`to_char(min(e.createdAt) AT TIME ZONE 'UTC', 'YYYY-MM-DD')`, 'day')
          .andWhere('e.projectId IN (:...ids) AND e.resolvedAt IS NULL', { ids })
          .groupBy('e.projectId')
          .getRawMany<{ projectId: string; day: string }>();
        return ids.map((id) => rows.find((r) => r.projectId === id)?.day ?? null);
      })
      .load(projectId);
  }

  /** How many projects the caller may see (of one firm when given). */
  count(ctx: RequestContext, partnerId?: string): Promise<number> {
    const qb = this.visible(ctx);
    if (partnerId) qb.andWhere('p.partnerId = :countPartnerId', { countPartnerId: partnerId });
    return qb.getCount();
  }

  /** Vendor staff mark the customer lost, with a reason. */
  async churn(
    ctx: RequestContext,
    input: ChurnProjectInput,
  ): Promise<OnboardingProject | NotFoundError | ProjectClosedError> {
    const project = await this.get(ctx, input.projectId);
    if (!project) return new NotFoundError(ctx, 'project');
    const health = await this.health(ctx, project);
    if (health === 'CHURNED' || health === 'COMPLETED') return new ProjectClosedError(ctx, health);
    Object.assign(project, {
      churnedAt: this.clock.now(),
      churnReason: input.reason,
      churnedByEmail: ctx.user?.email ?? null,
    });
    await ctx.manager.getRepository(OnboardingProject).save(project);
    await this.event(ctx, project, 'CHURNED', input.reason);
    ctx.audit({
      action: 'project.churn',
      entityType: 'OnboardingProject',
      entityId: project.id,
      after: { reason: input.reason },
    });
    return project;
  }

  /** Appends to the project's timeline. */
  async event(ctx: RequestContext, project: OnboardingProject, kind: string, detail: string | null): Promise<void> {
    await ctx.manager
      .getRepository(ProjectEvent)
      .insert({ projectId: project.id, partnerId: project.partnerId, kind, detail, byEmail: ctx.user?.email ?? null });
  }
}
