import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { OpenReviewCycleInput } from './dto/tier-review.inputs';
import { ReviewCyclesService } from './review-cycles.service';
import { ReviewCycle } from './tier-review.entity';
import { NoActivePartnersError } from './tiers.errors';

const OpenReviewCycleResult = resultUnion('OpenReviewCycleResult', () => [ReviewCycle, NoActivePartnersError] as const);

@Resolver(() => ReviewCycle)
export class ReviewCyclesResolver {
  constructor(private readonly cycles: ReviewCyclesService) {}

  @Query(() => [ReviewCycle], { description: 'Newest period first.' })
  @Allow(...PROGRAM_READERS)
  reviewCycles(@Ctx() ctx: RequestContext) {
    return this.cycles.list(ctx);
  }

  @Mutation(() => OpenReviewCycleResult, { description: 'Opens one review per active partner over the period.' })
  @Allow(Role.VENDOR_ADMIN)
  openReviewCycle(@Ctx() ctx: RequestContext, @Args('input') input: OpenReviewCycleInput) {
    return this.cycles.open(ctx, input);
  }

  @ResolveField(() => Int)
  @Allow(...PROGRAM_READERS)
  async reviewCount(@Ctx() ctx: RequestContext, @Parent() cycle: ReviewCycle) {
    return (await this.cycles.progress(ctx, cycle.id)).reviews;
  }

  @ResolveField(() => Int)
  @Allow(...PROGRAM_READERS)
  async finalizedCount(@Ctx() ctx: RequestContext, @Parent() cycle: ReviewCycle) {
    return (await this.cycles.progress(ctx, cycle.id)).finalized;
  }
}
