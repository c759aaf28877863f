import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';
import { PartnerStatus } from './partner.entity';

/** The status lifecycle does not lead from the current status to the requested one. */
@ObjectType({ implements: () => [ErrorResult] })
export class IllegalStatusTransitionError extends ErrorResult {
  @Field(() => PartnerStatus) from: PartnerStatus;
  @Field(() => PartnerStatus) to: PartnerStatus;
  @Field(() => [PartnerStatus]) allowed: PartnerStatus[];

  constructor(ctx: RequestContext, from: PartnerStatus, to: PartnerStatus, allowed: PartnerStatus[]) {
    super(ctx, ErrorCode.ILLEGAL_STATUS_TRANSITION, 'error.illegalStatusTransition', {
      from,
      to,
      allowed: allowed.join(', ') || '—',
    });
    Object.assign(this, { from, to, allowed });
  }
}
