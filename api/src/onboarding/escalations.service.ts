import { Injectable } from '@nestjs/common';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { EscalationDraftsService } from '../knowledge/escalation-drafts.service';
import {
  EscalationPriority,
  type EscalationFilter,
  type EscalationListArgs,
  type RaiseEscalationInput,
  type ReplyToEscalationInput,
  type ResolveEscalationInput,
} from './dto/escalation.inputs';
import { Escalation, EscalationMessage } from './escalation.entity';
import { OnboardingProject } from './onboarding-project.entity';
import { EscalationResolvedError, ProjectClosedError } from './onboarding.errors';
import { ProjectsService } from './projects.service';

const HOUR_MS = 3_600_000;

export interface EscalationStats {
  open: number;
  resolved: number;
  /** Median hours from raising to the vendor's first answer (answered ones). */
  medianFirstResponseHours: number | null;
  /** Median hours from raising to resolution (resolved ones). */
  medianResolutionHours: number | null;
  /** Escalations ÷ projects (of the firm, or of the program). */
  perProject: number | null;
}

/** Escalations: a firm asks the vendor for help on a project; vendor staff work them in one inbox. */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly clock: Clock,
    private readonly drafts: EscalationDraftsService,
  ) {}

  async raise(
    ctx: RequestContext,
    input: RaiseEscalationInput,
  ): Promise<Escalation | NotFoundError | ProjectClosedError> {
    const project = await this.projects.get(ctx, input.projectId);
    if (!project) return new NotFoundError(ctx, 'project');
    const health = await this.projects.health(ctx, project);
    if (health === 'CHURNED' || health === 'COMPLETED') return new ProjectClosedError(ctx, health);
    const repo = ctx.manager.getRepository(Escalation);
    const escalation = await repo.save(
      repo.create({
        projectId: project.id,
        partnerId: project.partnerId,
        category: input.category,
        subject: input.subject,
        raisedByEmail: ctx.user?.email ?? null,
        createdAt: this.clock.now(),
      }),
    );
    await this.message(ctx, escalation, input.body);
    await this.projects.event(ctx, project, 'ESCALATION_RAISED', input.subject);
    if (input.draftId) await this.drafts.markRaised(ctx, input.draftId, project.id, escalation.id);
    ctx.audit({
      action: 'escalation.raise',
      entityType: 'Escalation',
      entityId: escalation.id,
      after: { projectId: project.id, category: input.category, subject: input.subject },
    });
    return escalation;
  }

  /** A message from either side; the vendor's first one starts the response time. */
  async reply(
    ctx: RequestContext,
    input: ReplyToEscalationInput,
  ): Promise<Escalation | NotFoundError | EscalationResolvedError> {
    const escalation = await this.forUpdate(ctx, input.escalationId);
    if (!(escalation instanceof Escalation)) return escalation;
    await this.message(ctx, escalation, input.body);
    if (!ctx.isPartnerUser && !escalation.firstResponseAt) {
      escalation.firstResponseAt = this.clock.now();
      await ctx.manager.getRepository(Escalation).save(escalation);
    }
    ctx.audit({
      action: 'escalation.reply',
      entityType: 'Escalation',
      entityId: escalation.id,
      after: { body: input.body },
    });
    return escalation;
  }

  async resolve(
    ctx: RequestContext,
    input: ResolveEscalationInput,
  ): Promise<Escalation | NotFoundError | EscalationResolvedError> {
    const escalation = await this.forUpdate(ctx, input.escalationId);
    if (!(escalation instanceof Escalation)) return escalation;
    await this.message(ctx, escalation, input.resolution);
    const now = this.clock.now();
    Object.assign(escalation, {
      firstResponseAt: escalation.firstResponseAt ?? now,
      resolvedAt: now,
      resolvedByEmail: ctx.user?.email ?? null,
    });
    await ctx.manager.getRepository(Escalation).save(escalation);
    const project = await ctx.manager.getRepository(OnboardingProject).findOneByOrFail({ id: escalation.projectId });
    await this.projects.event(ctx, project, 'ESCALATION_RESOLVED', escalation.subject);
    ctx.audit({
      action: 'escalation.resolve',
      entityType: 'Escalation',
      entityId: escalation.id,
      after: { resolution: input.resolution },
    });
    return escalation;
  }

  /**
   * The inbox: open ones first, oldest (highest priority) first; then resolved, latest first. An
   * index on these expressions (`escalation_inbox`) serves the page.
   */
  async list(ctx: RequestContext, args: EscalationListArgs): Promise<Page<Escalation>> {
    const [items, totalItems] = await this.filtered(ctx, args.filter)
      .orderBy('e.resolvedAt IS NULL', 'DESC')
      .addOrderBy('CASE WHEN e.resolvedAt IS NULL THEN e.createdAt END', 'ASC')
      .addOrderBy('e.resolvedAt', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items, totalItems };
  }

  get(ctx: RequestContext, id: string): Promise<Escalation | null> {
    return scopedQuery(ctx, Escalation, 'e').andWhere('e.id = :id', { id }).getOne();
  }

  async stats(ctx: RequestContext, filter?: EscalationFilter): Promise<EscalationStats> {
    const [row] = await this.filtered(ctx, filter)
      .select('count(*) FILTER (WHERE e.resolvedAt IS NULL)::int', 'open')
      .addSelect('count(*) FILTER (WHERE e.resolvedAt IS NOT NULL)::int', 'resolved')
      .addSelect(
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.firstResponseAt - e.createdAt) / 3600)`,
        'firstResponse',
      )
      .addSelect(
        `percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM e.resolvedAt - e.createdAt) / 3600)`,
        'resolution',
      )
      .addSelect('count(*)::int', 'total')
      .getRawMany<{
        open: number;
        resolved: number;
        firstResponse: number | null;
        resolution: number | null;
        total: number;
      }>();
    const projects = await this.projects.count(ctx, filter?.partnerId);
    const round1 = (n: number | null) => (n === null ? null : Math.round(Number(n) * 10) / 10);
    return {
      open: row.open,
      resolved: row.resolved,
      medianFirstResponseHours: round1(row.firstResponse),
      medianResolutionHours: round1(row.resolution),
      perProject: projects === 0 ? null : Math.round((row.total / projects) * 100) / 100,
    };
  }

  priority(e: Escalation): EscalationPriority | null {
    if (e.resolvedAt) return null;
    const hours = (this.clock.now().getTime() - e.createdAt.getTime()) / HOUR_MS;
    return hours >= 72 ? EscalationPriority.HIGH : hours >= 24 ? EscalationPriority.MEDIUM : EscalationPriority.LOW;
  }

  messagesOf(ctx: RequestContext, escalationId: string): Promise<EscalationMessage[]> {
    return ctx
      .loader<EscalationMessage[]>('escalation.messages', async (ids) => {
        const rows = await scopedQuery(ctx, EscalationMessage, 'm')
          .andWhere('m.escalationId IN (:...ids)', { ids })
          .orderBy('m.createdAt', 'ASC')
          .addOrderBy('m.id', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.escalationId === id));
      })
      .load(escalationId) as Promise<EscalationMessage[]>;
  }

  ofProject(ctx: RequestContext, projectId: string): Promise<Escalation[]> {
    return ctx
      .loader<Escalation[]>('escalation.byProject', async (ids) => {
        const rows = await scopedQuery(ctx, Escalation, 'e')
          .andWhere('e.projectId IN (:...ids)', { ids })
          .orderBy('e.createdAt', 'DESC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.projectId === id));
      })
      .load(projectId) as Promise<Escalation[]>;
  }

  private filtered(ctx: RequestContext, filter?: EscalationFilter | null) {
    const f = filter ?? {};
    const qb = scopedQuery(ctx, Escalation, 'e');
    // Vendor staff see every project (and an escalation's project always exists): no subquery to run.
    if (ctx.isPartnerUser) {
      qb.andWhere(`e.projectId IN (${this.projects.visible(ctx).select('p.id').getQuery()})`);
      qb.setParameters(this.projects.visible(ctx).getParameters());
    }
    if (f.open === true) qb.andWhere('e.resolvedAt IS NULL');
    if (f.open === false) qb.andWhere('e.resolvedAt IS NOT NULL');
    if (f.partnerId) qb.andWhere('e.partnerId = :partnerId', { partnerId: f.partnerId });
    if (f.projectId) qb.andWhere('e.projectId = :projectId', { projectId: f.projectId });
    if (f.category) qb.andWhere('e.category = :category', { category: f.category });
    return qb;
  }

  private async forUpdate(
    ctx: RequestContext,
    id: string,
  ): Promise<Escalation | NotFoundError | EscalationResolvedError> {
    const escalation = await scopedQuery(ctx, Escalation, 'e')
      .andWhere('e.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!escalation || !(await this.projects.get(ctx, escalation.projectId)))
      return new NotFoundError(ctx, 'escalation');
    if (escalation.resolvedAt) return new EscalationResolvedError(ctx);
    return escalation;
  }

  private message(ctx: RequestContext, e: Escalation, body: string) {
    return ctx.manager.getRepository(EscalationMessage).insert({
      escalationId: e.id,
      partnerId: e.partnerId,
      fromVendor: !ctx.isPartnerUser,
      authorEmail: ctx.user?.email ?? null,
      body,
      createdAt: this.clock.now(),
    });
  }
}
