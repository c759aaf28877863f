import { Injectable } from '@nestjs/common';
import {
  evidenceFromRows,
  tierEvidence,
  tierEvidenceRows,
  tierMet,
  type TierEvidence,
  type TierRule,
} from '@baton/shared';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { scopedQuery } from '../common/access/scoped-query';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { DateInFutureError } from '../onboarding/onboarding.errors';
import { PartnersService } from '../partners/partners.service';
import type { DecideTierReviewInput, OpenTierReviewInput, TierReviewListArgs } from './dto/tier-review.inputs';
import { evidenceRows } from './evidence-rows';
import type { Partner } from '../partners/partner.entity';
import { TierDefinition } from './tier-definition.entity';
import { TierDefinitionsService } from './tier-definitions.service';
import type { TierEvidenceRows } from './tier-standing.types';
import { PartnerTierChange, TierDecision, TierReview } from './tier-review.entity';
import { TierReviewFinalizedError } from './tiers.errors';

/** A definition's thresholds in the shape of `TierRule` (libs/shared). */
export const ruleOf = (d: TierDefinition): TierRule => ({
  tier: d.tier,
  thresholds: {
    onTimeRate: d.minOnTimeRate,
    escalationsPerProject: d.maxEscalationsPerProject,
    autonomousShare: d.minAutonomousShare,
    valueShare: d.minValueShare,
    meanSlots: d.minMeanSlots,
    slotStability: d.minSlotStability,
  },
});

/**
 * Tier reviews: evidence computed from the rows with the KPI functions of libs/shared, frozen in
 * the review with the tier it proposes; an auditor approves or overrides it, which finalizes it
 * (final in the database), records the tier history and sets the firm's tier.
 */
@Injectable()
export class TiersService {
  constructor(
    private readonly clock: Clock,
    private readonly partners: PartnersService,
    private readonly definitions: TierDefinitionsService,
  ) {}

  /** A firm's evidence over a period, computed now from the rows. */
  async evidence(manager: EntityManager, partnerId: string, from: string, to: string): Promise<TierEvidence> {
    return tierEvidence(await evidenceRows(manager, partnerId, from, to, this.clock.today()));
  }

  /** The rows beneath a review's evidence, as they are now (the auditor's drill-down); null if not visible. */
  async reviewRows(ctx: RequestContext, reviewId: string): Promise<TierEvidenceRows | null> {
    const review = await this.get(ctx, reviewId);
    if (!review) return null;
    const input = await evidenceRows(
      ctx.manager,
      review.partnerId,
      review.periodFrom,
      review.periodTo,
      this.clock.today(),
    );
    const rows = tierEvidenceRows(input);
    const names: { id: string; name: string }[] = await ctx.manager.query(
      `SELECT id, company_name AS name FROM customer_account WHERE id = ANY($1::uuid[])`,
      [rows.projects.map((p) => p.customerId)],
    );
    return {
      projects: rows.projects.map((p) => ({
        ...p,
        customerName: names.find((n) => n.id === p.customerId)?.name ?? '',
      })),
      months: rows.months,
      totals: evidenceFromRows(rows),
    };
  }

  async open(ctx: RequestContext, input: OpenTierReviewInput): Promise<TierReview | NotFoundError> {
    const partner = await this.partners.get(ctx, input.partnerId);
    if (!partner) return new NotFoundError(ctx, 'partner');
    const review = await this.createReview(ctx.manager, partner, input, null, ctx.user?.email ?? null);
    ctx.audit({
      action: 'tierReview.opened',
      entityType: 'TierReview',
      entityId: review.id,
      after: { partnerId: review.partnerId, proposedTier: review.proposedTier, evidence: review.evidence },
    });
    return review;
  }

  /** Freezes a firm's evidence over the period and the tier it meets under the definitions then in effect. */
  async createReview(
    manager: EntityManager,
    partner: Partner,
    period: { periodFrom: string; periodTo: string },
    cycleId: string | null,
    openedByEmail: string | null,
  ): Promise<TierReview> {
    const { set, tiers } = await this.definitions.on(manager, period.periodTo);
    const evidence = await this.evidence(manager, partner.id, period.periodFrom, period.periodTo);
    const repo = manager.getRepository(TierReview);
    return repo.save(
      repo.create({
        partnerId: partner.id,
        cycleId,
        periodFrom: period.periodFrom,
        periodTo: period.periodTo,
        definitionSetId: set.id,
        evidence,
        proposedTier: tierMet(evidence, tiers.map(ruleOf)),
        previousTier: partner.tier,
        openedByEmail,
      }),
    );
  }

  async decide(
    ctx: RequestContext,
    input: DecideTierReviewInput,
  ): Promise<TierReview | NotFoundError | TierReviewFinalizedError | DateInFutureError> {
    const review = await this.get(ctx, input.reviewId);
    if (!review) return new NotFoundError(ctx, 'tierReview');
    // The firm's tier changes when the review is finalized: it cannot wait for a later day.
    if (input.effectiveFrom > this.clock.today()) return new DateInFutureError(ctx, input.effectiveFrom);
    const tier = input.decision === TierDecision.OVERRIDDEN ? input.tier! : review.proposedTier;
    // One conditional update: of two concurrent decisions, one finalizes and the other is told so.
    const [rows]: [{ id: string }[], number] = await ctx.manager.query(
      `UPDATE tier_review SET status = 'FINALIZED', decision = $2, decided_tier = $3, reason = $4,
              decided_by_email = $5, effective_from = $6, finalized_at = now()
        WHERE id = $1 AND status = 'OPEN' RETURNING id`,
      [review.id, input.decision, tier, input.reason?.trim() || null, ctx.user?.email ?? null, input.effectiveFrom],
    );
    if (rows.length === 0) return new TierReviewFinalizedError(ctx);
    await ctx.manager.getRepository(PartnerTierChange).insert({
      partnerId: review.partnerId,
      tier,
      previousTier: review.previousTier,
      effectiveFrom: input.effectiveFrom,
      reviewId: review.id,
      changedByEmail: ctx.user?.email ?? null,
    });
    await this.partners.setTier(ctx, review.partnerId, tier);
    const decided = await ctx.manager.getRepository(TierReview).findOneByOrFail({ id: review.id });
    ctx.audit({
      action: 'tierReview.finalized',
      entityType: 'TierReview',
      entityId: review.id,
      before: { status: review.status, tier: review.previousTier },
      after: {
        status: decided.status,
        decision: decided.decision,
        tier,
        reason: decided.reason,
        effectiveFrom: input.effectiveFrom,
      },
    });
    return decided;
  }

  get(ctx: RequestContext, id: string): Promise<TierReview | null> {
    return scopedQuery(ctx, TierReview, 'r').andWhere('r.id = :id', { id }).getOne();
  }

  list(ctx: RequestContext, args: TierReviewListArgs): Promise<TierReview[]> {
    const qb = scopedQuery(ctx, TierReview, 'r');
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    if (args.partnerId) qb.andWhere('r.partnerId = :partnerId', { partnerId: args.partnerId });
    if (args.cycleId) qb.andWhere('r.cycleId = :cycleId', { cycleId: args.cycleId });
    return qb.orderBy('r.openedAt', 'DESC').addOrderBy('r.id', 'ASC').take(500).getMany();
  }

  history(ctx: RequestContext, partnerId: string): Promise<PartnerTierChange[]> {
    return scopedQuery(ctx, PartnerTierChange, 'c')
      .andWhere('c.partnerId = :partnerId', { partnerId })
      .orderBy('c.effectiveFrom', 'DESC')
      .addOrderBy('c.changedAt', 'DESC')
      .getMany();
  }
}
