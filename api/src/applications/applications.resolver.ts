import { Args, Field, Float, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, PROGRAM_READERS, PUBLIC, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { EmailAlreadyUsedError } from '../identity/identity.errors';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { ApplicationIntakeService } from './application-intake.service';
import { ApplicationReviewService } from './application-review.service';
import { ApplicationScore, SelectionCriterion } from './application-score.entity';
import {
  ApplicationAlreadyDecidedError,
  ApplicationNotScoredError,
  TooManyApplicationsError,
} from './applications.errors';
import { ApplicationsService } from './applications.service';
import { PartnerApplicationListArgs } from './dto/partner-application-list.args';
import {
  ApprovePartnerApplicationInput,
  RejectPartnerApplicationInput,
  ScorePartnerApplicationInput,
} from './dto/review-partner-application.input';
import { SubmitPartnerApplicationInput } from './dto/submit-partner-application.input';
import { PartnerApplication } from './partner-application.entity';
import { averageScore, unscoredCriteria } from './scorecard';

@ObjectType({ description: 'The application was received; the applicant keeps the reference.' })
export class ApplicationReceived {
  @Field() reference: string;
}

@ObjectType({ description: 'The firm the approval created, and the invitation link for its first partner admin.' })
export class PartnerApplicationApproved {
  @Field(() => PartnerApplication) application: PartnerApplication;
  @Field(() => Partner) partner: Partner;
  @Field({ description: 'The partner admin’s invitation link (no e-mail is sent: pass it on).' })
  invitationUrl: string;
}

@ObjectType()
class PartnerApplicationList extends Paginated(PartnerApplication, 'PartnerApplication') {}

const SubmitPartnerApplicationResult = resultUnion(
  'SubmitPartnerApplicationResult',
  () => [ApplicationReceived, TooManyApplicationsError] as const,
);
const ScorePartnerApplicationResult = resultUnion(
  'ScorePartnerApplicationResult',
  () => [PartnerApplication, NotFoundError, ApplicationAlreadyDecidedError] as const,
);
const ApprovePartnerApplicationResult = resultUnion(
  'ApprovePartnerApplicationResult',
  () =>
    [
      PartnerApplicationApproved,
      NotFoundError,
      ApplicationAlreadyDecidedError,
      ApplicationNotScoredError,
      EmailAlreadyUsedError,
    ] as const,
);
const RejectPartnerApplicationResult = resultUnion(
  'RejectPartnerApplicationResult',
  () => [PartnerApplication, NotFoundError, ApplicationAlreadyDecidedError] as const,
);

@Resolver(() => PartnerApplication)
export class ApplicationsResolver {
  constructor(
    private readonly intake: ApplicationIntakeService,
    private readonly applications: ApplicationsService,
    private readonly review: ApplicationReviewService,
    private readonly partners: PartnersService,
  ) {}

  @Mutation(() => SubmitPartnerApplicationResult, {
    description: 'The public application form: no sign-in, limited per address.',
  })
  @Allow(PUBLIC)
  async submitPartnerApplication(@Ctx() ctx: RequestContext, @Args('input') input: SubmitPartnerApplicationInput) {
    const result = await this.intake.submit(ctx, input);
    return result instanceof TooManyApplicationsError ? result : Object.assign(new ApplicationReceived(), result);
  }

  @Query(() => PartnerApplicationList, { description: 'Applications, newest first unless sorted otherwise.' })
  @Allow(...PROGRAM_READERS)
  partnerApplications(@Ctx() ctx: RequestContext, @Args() args: PartnerApplicationListArgs) {
    return this.applications.list(ctx, args);
  }

  @Query(() => PartnerApplication, { nullable: true })
  @Allow(...PROGRAM_READERS)
  partnerApplication(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.applications.get(ctx, id);
  }

  @Mutation(() => ScorePartnerApplicationResult, {
    description: 'Scores some or all criteria (again: overwrites); the first score puts it UNDER_REVIEW.',
  })
  @Allow(...VENDOR)
  scorePartnerApplication(@Ctx() ctx: RequestContext, @Args('input') input: ScorePartnerApplicationInput) {
    return this.review.score(ctx, input);
  }

  @Mutation(() => ApprovePartnerApplicationResult, {
    description:
      'Once all six criteria are scored: creates the ACTIVE firm and invites the contact as its partner admin.',
  })
  @Allow(...VENDOR)
  async approvePartnerApplication(@Ctx() ctx: RequestContext, @Args('input') input: ApprovePartnerApplicationInput) {
    const result = await this.review.approve(ctx, input);
    return 'invitationUrl' in result ? Object.assign(new PartnerApplicationApproved(), result) : result;
  }

  @Mutation(() => RejectPartnerApplicationResult, { description: 'Rejects with a reason; final.' })
  @Allow(...VENDOR)
  rejectPartnerApplication(@Ctx() ctx: RequestContext, @Args('input') input: RejectPartnerApplicationInput) {
    return this.review.reject(ctx, input);
  }

  @ResolveField(() => [ApplicationScore], { description: 'The scores given so far, in criteria order (batched).' })
  @Allow(...PROGRAM_READERS)
  scorecard(@Ctx() ctx: RequestContext, @Parent() application: PartnerApplication) {
    return this.applications.scorecard(ctx, application.id);
  }

  @ResolveField(() => [SelectionCriterion], { description: 'What approval still needs scored.' })
  @Allow(...PROGRAM_READERS)
  async unscoredCriteria(@Ctx() ctx: RequestContext, @Parent() application: PartnerApplication) {
    return unscoredCriteria(await this.applications.scorecard(ctx, application.id));
  }

  @ResolveField(() => Float, { nullable: true, description: 'Mean of the scores given so far (one decimal).' })
  @Allow(...PROGRAM_READERS)
  async averageScore(@Ctx() ctx: RequestContext, @Parent() application: PartnerApplication) {
    return averageScore(await this.applications.scorecard(ctx, application.id));
  }

  @ResolveField(() => Partner, { nullable: true, description: 'The firm its approval created (batched).' })
  @Allow(...PROGRAM_READERS)
  createdPartner(@Ctx() ctx: RequestContext, @Parent() application: PartnerApplication) {
    return application.createdPartnerId ? this.partners.get(ctx, application.createdPartnerId) : null;
  }
}

/** The scorecard and decision on the partner page. */
@Resolver(() => Partner)
export class PartnerApplicationFieldResolver {
  constructor(private readonly applications: ApplicationsService) {}

  @ResolveField(() => PartnerApplication, {
    nullable: true,
    description: 'The application this firm was approved from, with scorecard and decision (batched).',
  })
  @Allow(...PROGRAM_READERS)
  application(@Ctx() ctx: RequestContext, @Parent() partner: Partner) {
    return this.applications.ofPartner(ctx, partner.id);
  }
}
