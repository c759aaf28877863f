import { ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

/** A finalized review is final: no second decision. */
@ObjectType({ implements: () => [ErrorResult] })
export class TierReviewFinalizedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.TIER_REVIEW_FINALIZED, 'error.tierReviewFinalized');
  }
}

/** A new version of the tier definitions applies from today or later: the past stays as it was. */
@ObjectType({ implements: () => [ErrorResult] })
export class EffectiveDateInPastError extends ErrorResult {
  constructor(ctx: RequestContext, date: string) {
    super(ctx, ErrorCode.EFFECTIVE_DATE_IN_PAST, 'error.effectiveDateInPast', { date });
  }
}

/** A review cycle reviews the active partners; there is none. */
@ObjectType({ implements: () => [ErrorResult] })
export class NoActivePartnersError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.NO_ACTIVE_PARTNERS, 'error.noActivePartners');
  }
}
