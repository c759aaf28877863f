import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

/** An offer cannot drop below the slots assignments already consume. */
@ObjectType({ implements: () => [ErrorResult] })
export class CapacityBelowConsumedError extends ErrorResult {
  @Field(() => Int) consumed: number;

  constructor(ctx: RequestContext, consumed: number) {
    super(ctx, ErrorCode.CAPACITY_BELOW_CONSUMED, 'error.capacityBelowConsumed', { consumed });
    this.consumed = consumed;
  }
}

/** Offers are for this month or later ones. */
@ObjectType({ implements: () => [ErrorResult] })
export class MonthInPastError extends ErrorResult {
  constructor(ctx: RequestContext, month: string) {
    super(ctx, ErrorCode.MONTH_IN_PAST, 'error.monthInPast', { month });
  }
}
