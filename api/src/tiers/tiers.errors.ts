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
