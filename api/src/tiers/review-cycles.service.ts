import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { PartnerStatus } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import type { OpenReviewCycleInput } from './dto/tier-review.inputs';
import { ReviewCycle } from './tier-review.entity';
import { NoActivePartnersError } from './tiers.errors';
import { TiersService } from './tiers.service';

export interface CycleProgress {
  reviews: number;
  finalized: number;
}

/** Review cycles: one review per active partner over the same period, opened at once. */
@Injectable()
export class ReviewCyclesService {
  constructor(
    private readonly partners: PartnersService,
    private readonly tiers: TiersService,
  ) {}

  async open(ctx: RequestContext, input: OpenReviewCycleInput): Promise<ReviewCycle | NoActivePartnersError> {
    const active = await this.partners.withStatuses(ctx, [PartnerStatus.ACTIVE]);
    if (active.length === 0) return new NoActivePartnersError(ctx);
    const repo = ctx.manager.getRepository(ReviewCycle);
    const email = ctx.user?.email ?? null;
    const cycle = await repo.save(repo.create({ ...input, openedByEmail: email }));
    const reviews = [];
    for (const partner of active)
      reviews.push(await this.tiers.createReview(ctx.manager, partner, input, cycle.id, email));
    ctx.audit({
      action: 'reviewCycle.opened',
      entityType: 'ReviewCycle',
      entityId: cycle.id,
      after: {
        name: cycle.name,
        periodFrom: cycle.periodFrom,
        periodTo: cycle.periodTo,
        reviews: reviews.map((r) => ({ id: r.id, partnerId: r.partnerId, proposedTier: r.proposedTier })),
      },
    });
    return cycle;
  }

  list(ctx: RequestContext): Promise<ReviewCycle[]> {
    return ctx.manager.getRepository(ReviewCycle).find({ order: { periodTo: 'DESC', openedAt: 'DESC' }, take: 200 });
  }

  /** How many reviews a cycle holds and how many are finalized (batched per request). */
  progress(ctx: RequestContext, cycleId: string): Promise<CycleProgress> {
    return ctx
      .loader<CycleProgress>('reviewCycle.progress', async (ids) => {
        const rows: { cycleId: string; reviews: number; finalized: number }[] = await ctx.manager.query(
          `SELECT cycle_id AS "cycleId", count(*)::int AS reviews, count(*) FILTER (WHERE status = 'FINALIZED')::int AS finalized
             FROM tier_review WHERE cycle_id = ANY($1::uuid[]) GROUP BY cycle_id`,
          [ids],
        );
        return ids.map((id) => rows.find((r) => r.cycleId === id) ?? { reviews: 0, finalized: 0 });
      })
      .load(cycleId)
      .then((p) => p ?? { reviews: 0, finalized: 0 });
  }
}
