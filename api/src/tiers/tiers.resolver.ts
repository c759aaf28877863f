import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { DateInFutureError } from '../onboarding/onboarding.errors';
import { UuidPipe } from '../common/uuid.pipe';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { DecideTierReviewInput, OpenTierReviewInput, TierReviewListArgs } from './dto/tier-review.inputs';
import { TierDefinition } from './tier-definition.entity';
import { PartnerTierChange, TierReview } from './tier-review.entity';
import { TierReviewFinalizedError } from './tiers.errors';
import { TierDefinitionsService } from './tier-definitions.service';
import { TierStandingService } from './tier-standing.service';
import { TierEvidenceRows, TierStanding } from './tier-standing.types';
import { TiersService } from './tiers.service';

const OpenTierReviewResult = resultUnion('OpenTierReviewResult', () => [TierReview, NotFoundError] as const);
const DecideTierReviewResult = resultUnion(
  'DecideTierReviewResult',
  () => [TierReview, NotFoundError, TierReviewFinalizedError, DateInFutureError] as const,
);
export const READERS = [...PROGRAM_READERS, Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

@Resolver(() => TierReview)
export class TiersResolver {
  constructor(
    private readonly tiers: TiersService,
    private readonly partners: PartnersService,
    private readonly standing: TierStandingService,
    private readonly tierDefinitions: TierDefinitionsService,
  ) {}

  @Query(() => [TierReview], { description: 'Newest first; a partner user: its own firm’s.' })
  @Allow(...READERS)
  tierReviews(@Ctx() ctx: RequestContext, @Args() args: TierReviewListArgs) {
    return this.tiers.list(ctx, args);
  }

  @Query(() => TierReview, { nullable: true })
  @Allow(...READERS)
  tierReview(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.tiers.get(ctx, id);
  }

  @Query(() => [PartnerTierChange], { description: 'A firm’s tier history, newest first.' })
  @Allow(...READERS)
  partnerTierHistory(@Ctx() ctx: RequestContext, @Args('partnerId', { type: () => ID }, UuidPipe) partnerId: string) {
    return this.tiers.history(ctx, partnerId);
  }

  @Query(() => TierEvidenceRows, {
    nullable: true,
    description: 'The rows beneath a review’s evidence, read now (drill-down).',
  })
  @Allow(...READERS)
  tierReviewRows(@Ctx() ctx: RequestContext, @Args('reviewId', { type: () => ID }, UuidPipe) reviewId: string) {
    return this.tiers.reviewRows(ctx, reviewId);
  }

  @Query(() => TierStanding, {
    nullable: true,
    description: 'A firm’s tier, latest evidence and the gaps to the next tier; a partner user: its own firm.',
  })
  @Allow(...READERS)
  tierStanding(@Ctx() ctx: RequestContext, @Args('partnerId', { type: () => ID }, UuidPipe) partnerId: string) {
    return this.standing.standing(ctx, partnerId);
  }

  @Mutation(() => OpenTierReviewResult, { description: 'Freezes a firm’s evidence over a period and proposes a tier.' })
  @Allow(Role.VENDOR_ADMIN)
  openTierReview(@Ctx() ctx: RequestContext, @Args('input') input: OpenTierReviewInput) {
    return this.tiers.open(ctx, input);
  }

  @Mutation(() => DecideTierReviewResult, { description: 'An auditor approves or overrides (with a reason); final.' })
  @Allow(Role.AUDITOR)
  decideTierReview(@Ctx() ctx: RequestContext, @Args('input') input: DecideTierReviewInput) {
    return this.tiers.decide(ctx, input);
  }

  @ResolveField(() => Partner, { nullable: true })
  @Allow(...READERS)
  partner(@Ctx() ctx: RequestContext, @Parent() review: TierReview) {
    return this.partners.get(ctx, review.partnerId);
  }

  @ResolveField(() => [TierDefinition], { description: 'The definitions the review was judged against.' })
  @Allow(...READERS)
  definitions(@Ctx() ctx: RequestContext, @Parent() review: TierReview) {
    return this.tierDefinitions.tiersOfSet(ctx, review.definitionSetId);
  }
}
