import { Injectable } from '@nestjs/common';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { ProjectsService } from '../onboarding/projects.service';
import { ArticlesService } from './articles.service';
import type {
  EscalationDeflectionArgs,
  EscalationDraftIdInput,
  RecordArticleOpenedInput,
  StartEscalationDraftInput,
} from './dto/escalation-draft.inputs';
import { EscalationDraft, EscalationDraftOutcome } from './escalation-draft.entity';
import { EscalationDraftClosedError } from './knowledge.errors';

/** An open draft untouched this long counts as abandoned. */
export const DRAFT_STALE_MS = 24 * 3_600_000;
const DAY_MS = 24 * 3_600_000;

export interface EscalationDeflection {
  /** Drafts started in the period (the raise form opened). */
  started: number;
  raised: number;
  /** Closed without raising, or untouched for 24 h. */
  abandoned: number;
  /** Abandoned after at least one suggested article was opened. */
  deflected: number;
  /** Still open and touched within the last 24 h. */
  inProgress: number;
  /** Drafts in which at least one article was opened, whatever the outcome. */
  withArticleOpened: number;
  /** deflected ÷ started; null when none started. */
  deflectionRate: number | null;
}

/**
 * The raise form as a funnel: a partner user starts a draft, opens suggested articles, then
 * raises the escalation or leaves. Deflected = abandoned after opening an article.
 */
@Injectable()
export class EscalationDraftsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly articles: ArticlesService,
    private readonly clock: Clock,
  ) {}

  async start(ctx: RequestContext, input: StartEscalationDraftInput): Promise<EscalationDraft | NotFoundError> {
    const project = await this.projects.get(ctx, input.projectId);
    if (!project) return new NotFoundError(ctx, 'project');
    const repo = ctx.manager.getRepository(EscalationDraft);
    const now = this.clock.now();
    const draft = await repo.save(
      repo.create({
        partnerId: project.partnerId,
        projectId: project.id,
        startedByEmail: ctx.user?.email ?? null,
        startedAt: now,
        lastActivityAt: now,
      }),
    );
    ctx.audit({
      action: 'escalationDraft.start',
      entityType: 'EscalationDraft',
      entityId: draft.id,
      after: { projectId: project.id },
    });
    return draft;
  }

  async articleOpened(
    ctx: RequestContext,
    input: RecordArticleOpenedInput,
  ): Promise<EscalationDraft | NotFoundError | EscalationDraftClosedError> {
    const draft = await this.forUpdate(ctx, input.draftId);
    if (!(draft instanceof EscalationDraft)) return draft;
    if (!(await this.articles.get(ctx, input.articleId))) return new NotFoundError(ctx, 'article');
    const now = this.clock.now();
    Object.assign(draft, {
      articlesOpened: draft.articlesOpened + 1,
      openedArticleIds: draft.openedArticleIds.includes(input.articleId)
        ? draft.openedArticleIds
        : [...draft.openedArticleIds, input.articleId],
      firstArticleOpenedAt: draft.firstArticleOpenedAt ?? now,
      lastActivityAt: now,
    });
    await ctx.manager.getRepository(EscalationDraft).save(draft);
    ctx.audit({
      action: 'escalationDraft.articleOpened',
      entityType: 'EscalationDraft',
      entityId: draft.id,
      after: { articleId: input.articleId, articlesOpened: draft.articlesOpened },
    });
    return draft;
  }

  /** The raise form was closed without raising. */
  async abandon(
    ctx: RequestContext,
    input: EscalationDraftIdInput,
  ): Promise<EscalationDraft | NotFoundError | EscalationDraftClosedError> {
    const draft = await this.forUpdate(ctx, input.draftId);
    if (!(draft instanceof EscalationDraft)) return draft;
    this.close(draft, EscalationDraftOutcome.ABANDONED);
    await ctx.manager.getRepository(EscalationDraft).save(draft);
    ctx.audit({
      action: 'escalationDraft.abandon',
      entityType: 'EscalationDraft',
      entityId: draft.id,
      after: { articlesOpened: draft.articlesOpened },
    });
    return draft;
  }

  /**
   * Part of raising an escalation (the onboarding context calls it inside its mutation, whose
   * audit entry covers it: no entry of its own). A draft of another project, another firm or
   * already closed is left alone: the escalation itself must not fail over its funnel record.
   */
  async markRaised(ctx: RequestContext, draftId: string, projectId: string, escalationId: string): Promise<boolean> {
    const draft = await this.forUpdate(ctx, draftId);
    if (!(draft instanceof EscalationDraft) || draft.projectId !== projectId) return false;
    this.close(draft, EscalationDraftOutcome.RAISED);
    draft.escalationId = escalationId;
    await ctx.manager.getRepository(EscalationDraft).save(draft);
    return true;
  }

  async deflection(ctx: RequestContext, args: EscalationDeflectionArgs): Promise<EscalationDeflection> {
    const qb = scopedQuery(ctx, EscalationDraft, 'd').setParameters({
      stale: new Date(this.clock.now().getTime() - DRAFT_STALE_MS),
      abandoned: EscalationDraftOutcome.ABANDONED,
      raised: EscalationDraftOutcome.RAISED,
    });
    if (args.from) qb.andWhere('d.startedAt >= :from', { from: new Date(`${args.from}T00:00:00Z`) });
    if (args.to)
      qb.andWhere('d.startedAt < :to', { to: new Date(new Date(`${args.to}T00:00:00Z`).getTime() + DAY_MS) });
    if (args.partnerId) qb.andWhere('d.partnerId = :partnerId', { partnerId: args.partnerId });
    const abandoned = `(d.outcome = :abandoned OR (d.outcome IS NULL AND d.lastActivityAt <= :stale))`;
    const row = await qb
      .select('count(*)::int', 'started')
      .addSelect('count(*) FILTER (WHERE d.outcome = :raised)::int', 'raised')
      .addSelect(`count(*) FILTER (WHERE ${abandoned})::int`, 'abandoned')
      .addSelect(`count(*) FILTER (WHERE ${abandoned} AND d.articlesOpened > 0)::int`, 'deflected')
      .addSelect('count(*) FILTER (WHERE d.articlesOpened > 0)::int', 'withArticleOpened')
      .getRawOne<Omit<EscalationDeflection, 'inProgress' | 'deflectionRate'>>();
    const counts = row ?? { started: 0, raised: 0, abandoned: 0, deflected: 0, withArticleOpened: 0 };
    return {
      ...counts,
      inProgress: counts.started - counts.raised - counts.abandoned,
      deflectionRate: counts.started === 0 ? null : Math.round((counts.deflected / counts.started) * 1000) / 1000,
    };
  }

  private close(draft: EscalationDraft, outcome: EscalationDraftOutcome) {
    Object.assign(draft, { outcome, closedAt: this.clock.now(), lastActivityAt: this.clock.now() });
  }

  private async forUpdate(
    ctx: RequestContext,
    id: string,
  ): Promise<EscalationDraft | NotFoundError | EscalationDraftClosedError> {
    const draft = await scopedQuery(ctx, EscalationDraft, 'd')
      .andWhere('d.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!draft) return new NotFoundError(ctx, 'escalationDraft');
    if (draft.outcome) return new EscalationDraftClosedError(ctx);
    return draft;
  }
}
