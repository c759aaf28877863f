import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { Allow, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { UuidPipe } from '../common/uuid.pipe';
import { CustomerAccount } from '../customers/customer-account.entity';
import { CustomersService } from '../customers/customers.service';
import { Partner } from '../partners/partner.entity';
import { Consultant } from '../training/consultant.entity';
import { AssignmentBatch } from './assignment-batch.entity';
import { FIT_COMPONENTS, type FitComponent } from './assignment-settings.entity';
import { BatchItemFailedError } from './assignments.errors';
import { AutoAssignmentService } from './auto-assignment.service';
import { CandidatesService, IneligibleReason } from './candidates.service';
import { AppliedAssignments } from './dto/applied-assignments';
import { ApplyAssignmentsInput, AutoAssignmentArgs, RecommendationArgs } from './dto/matching.args';

const FitComponentName = Object.fromEntries(FIT_COMPONENTS.map((c) => [c.toUpperCase(), c])) as Record<
  string,
  FitComponent
>;
registerEnumType(FitComponentName, { name: 'FitComponentName' });

@ObjectType()
class FitComponentScore {
  @Field(() => FitComponentName) component: FitComponent;
  @Field(() => Float, { description: '0..1: how far the firm meets this component.' }) value: number;
  @Field(() => Int) weight: number;
  @Field(() => Float, { description: 'Points of the 0–100 score earned here.' }) points: number;
}

@ObjectType()
class Recommendation {
  @Field(() => Partner) partner: Partner;
  @Field(() => Float, { description: 'Fit 0–100: the weighted components below.' }) score: number;
  @Field(() => [FitComponentScore]) components: FitComponentScore[];
  @Field(() => Int) offeredSlots: number;
  @Field(() => Int) freeSlots: number;
  @Field(() => [Consultant], { description: 'Certified for every product bought, the least loaded first.' })
  certifiedConsultants: Consultant[];
}

@ObjectType()
class IneligiblePartner {
  @Field(() => Partner) partner: Partner;
  @Field(() => [IneligibleReason]) reasons: IneligibleReason[];
}

@ObjectType()
class Recommendations {
  @Field(() => CustomerAccount) customer: CustomerAccount;
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => [Recommendation], { description: 'Firms that can take the customer, best fit first.' })
  eligible: Recommendation[];
  @Field(() => [IneligiblePartner], { description: 'Firms that cannot, with why.' }) ineligible: IneligiblePartner[];
}

@ObjectType()
class ProposalItem {
  @Field(() => CustomerAccount) customer: CustomerAccount;
  @Field(() => Partner) partner: Partner;
  @Field(() => Consultant) leadConsultant: Consultant;
  @Field(() => Float) fit: number;
}

@ObjectType()
class UnmatchedCustomer {
  @Field(() => CustomerAccount) customer: CustomerAccount;
  @Field(() => Int, { description: '0: no firm can take it; otherwise the slots went to better fits.' })
  eligiblePartners: number;
}

@ObjectType()
class AutoAssignmentProposal {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => [ProposalItem]) items: ProposalItem[];
  @Field(() => [UnmatchedCustomer]) unmatched: UnmatchedCustomer[];
  @Field(() => Float, { description: 'Total fit of the proposal (the maximum reachable).' }) objective: number;
  @Field(() => Float, { description: 'Total fit a greedy pick would reach, for comparison.' }) greedyObjective: number;
}

const ApplyAssignmentsResult = resultUnion(
  'ApplyAssignmentsResult',
  () => [AppliedAssignments, BatchItemFailedError, NotFoundError] as const,
);

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly customers: CustomersService,
    private readonly candidates: CandidatesService,
    private readonly auto: AutoAssignmentService,
  ) {}

  @Query(() => Recommendations, { nullable: true, description: 'Firms ranked by fit for one customer and month.' })
  @Allow(...VENDOR)
  async recommendations(@Ctx() ctx: RequestContext, @Args() args: RecommendationArgs): Promise<Recommendations | null> {
    const customer = await this.customers.get(ctx, args.customerId);
    if (!customer) return null;
    const [e] = await this.candidates.evaluate(ctx, [customer], args.month);
    return {
      customer,
      month: args.month,
      eligible: e.eligible.map((c) => ({
        partner: c.partner,
        score: c.fit.score,
        components: c.fit.components,
        offeredSlots: c.offered,
        freeSlots: c.free,
        certifiedConsultants: c.leads,
      })),
      ineligible: e.ineligible,
    };
  }

  @Query(() => AutoAssignmentProposal, {
    description: 'The assignment of the queue (or a selection) with the highest total fit; writes nothing.',
  })
  @Allow(...VENDOR)
  autoAssignmentProposal(@Ctx() ctx: RequestContext, @Args() args: AutoAssignmentArgs) {
    return this.auto.propose(ctx, args.month, args.customerIds);
  }

  @Mutation(() => ApplyAssignmentsResult, { description: 'Applies reviewed assignments in one transaction.' })
  @Allow(...VENDOR)
  applyAssignments(@Ctx() ctx: RequestContext, @Args('input') input: ApplyAssignmentsInput) {
    return this.auto.apply(ctx, input);
  }

  @Query(() => AssignmentBatch, { nullable: true, description: 'Progress of a batch the caller is applying.' })
  @Allow(...VENDOR)
  assignmentBatch(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.auto.batch(ctx, id);
  }
}
