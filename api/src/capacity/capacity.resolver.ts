import { Args, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { Partner } from '../partners/partner.entity';
import { CapacityBelowConsumedError, MonthInPastError } from './capacity.errors';
import { CapacityOfferChange } from './capacity-offer-change.entity';
import { ALL_LINES, CapacityPlan } from './capacity-plan.entity';
import { CapacityService } from './capacity.service';
import { CapacityCalendarService } from './capacity-calendar.service';
import {
  CapacityCalendarArgs,
  CapacityHistoryArgs,
  CapacityPlansArgs,
  OfferCapacityInput,
} from './dto/offer-capacity.input';
import { toMonth } from './month';

@ObjectType()
class CapacityMonth {
  @Field() month: string;
  @Field(() => Int) offered: number;
  @Field(() => Int) consumed: number;
  @Field(() => Int) free: number;
}

@ObjectType()
class CapacitySummary {
  @Field(() => [CapacityMonth]) months: CapacityMonth[];
  @Field(() => Int) totalOffered: number;
  @Field(() => Int) totalConsumed: number;
  @Field(() => Int) totalFree: number;
}

@ObjectType()
class CapacityCalendarRow {
  @Field(() => Partner) partner: Partner;
  @Field(() => [CapacityMonth]) months: CapacityMonth[];
}

@ObjectType()
class CapacityCalendarTotal extends CapacityMonth {
  @Field(() => Int, {
    description: 'Unassigned customers whose contract falls in the month; the first month also holds older ones.',
  })
  demand: number;
}

@ObjectType()
class CapacityCalendar {
  @Field(() => [String], { description: 'YYYY-MM, ascending.' }) months: string[];
  @Field(() => [CapacityCalendarRow], { description: 'Active firms by name.' }) rows: CapacityCalendarRow[];
  @Field(() => [CapacityCalendarTotal]) totals: CapacityCalendarTotal[];
}

@ObjectType()
class CapacityOfferChangeList extends Paginated(CapacityOfferChange, 'CapacityOfferChange') {}

const OfferCapacityResult = resultUnion(
  'OfferCapacityResult',
  () => [CapacityPlan, NotFoundError, CapacityBelowConsumedError, MonthInPastError] as const,
);

const lineOf = (stored: string) => (stored === ALL_LINES ? null : stored);

@Resolver(() => CapacityPlan)
export class CapacityResolver {
  constructor(
    private readonly capacity: CapacityService,
    private readonly calendar: CapacityCalendarService,
  ) {}

  @Query(() => CapacityCalendar, { description: 'Active firms × months: offered / consumed / free, totals, demand.' })
  @Allow(...PROGRAM_READERS)
  capacityCalendar(@Ctx() ctx: RequestContext, @Args() args: CapacityCalendarArgs) {
    return this.calendar.calendar(ctx, args.fromMonth, args.months);
  }

  @Query(() => [CapacityPlan], {
    description: 'A firm’s plans per month and product line; partner users: their own firm.',
  })
  @Allow(...ANY_ROLE)
  capacityPlans(@Ctx() ctx: RequestContext, @Args() args: CapacityPlansArgs) {
    return this.capacity.plans(ctx, args.partnerId, args.fromMonth, args.months);
  }

  @Query(() => CapacityOfferChangeList, { description: 'Every change of a firm’s offers, newest first.' })
  @Allow(...ANY_ROLE)
  capacityOfferHistory(@Ctx() ctx: RequestContext, @Args() args: CapacityHistoryArgs) {
    return this.capacity.history(ctx, args.partnerId, args.skip, args.take);
  }

  @Mutation(() => OfferCapacityResult, { description: 'Sets the slots a firm offers for a month (and product line).' })
  @Allow(...VENDOR, Role.PARTNER_ADMIN)
  offerCapacity(@Ctx() ctx: RequestContext, @Args('input') input: OfferCapacityInput) {
    return this.capacity.offer(ctx, input);
  }

  @ResolveField(() => String, { description: 'YYYY-MM' })
  @Allow(...ANY_ROLE)
  month(@Parent() plan: CapacityPlan) {
    return toMonth(plan.month);
  }

  @ResolveField(() => String, { nullable: true, description: 'Product module code; null: every line.' })
  @Allow(...ANY_ROLE)
  productLine(@Parent() plan: CapacityPlan) {
    return lineOf(plan.productLine);
  }

  @ResolveField(() => Int)
  @Allow(...ANY_ROLE)
  slotsFree(@Parent() plan: CapacityPlan) {
    return plan.slotsOffered - plan.slotsConsumed;
  }
}

@Resolver(() => Partner)
export class PartnerCapacityResolver {
  constructor(private readonly capacity: CapacityService) {}

  @ResolveField(() => CapacitySummary, { description: 'Offered / consumed / free from this month on (batched).' })
  @Allow(...ANY_ROLE)
  async capacitySummary(
    @Ctx() ctx: RequestContext,
    @Parent() partner: Partner,
    @Args('months', { type: () => Int, defaultValue: 6 }) months: number,
  ): Promise<CapacitySummary> {
    const list = await this.capacity.summary(ctx, partner.id, Math.min(Math.max(months, 1), 24));
    const sum = (k: 'offered' | 'consumed' | 'free') => list.reduce((s, m) => s + m[k], 0);
    return { months: list, totalOffered: sum('offered'), totalConsumed: sum('consumed'), totalFree: sum('free') };
  }
}

@Resolver(() => CapacityOfferChange)
export class CapacityOfferChangeResolver {
  @ResolveField(() => String, { description: 'YYYY-MM' })
  @Allow(...ANY_ROLE)
  month(@Parent() change: CapacityOfferChange) {
    return toMonth(change.month);
  }

  @ResolveField(() => String, { nullable: true })
  @Allow(...ANY_ROLE)
  productLine(@Parent() change: CapacityOfferChange) {
    return lineOf(change.productLine);
  }
}
