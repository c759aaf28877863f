import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

/** Another assignment holds the customer already. */
@ObjectType({ implements: () => [ErrorResult] })
export class CustomerAlreadyAssignedError extends ErrorResult {
  constructor(ctx: RequestContext, companyName: string) {
    super(ctx, ErrorCode.CUSTOMER_ALREADY_ASSIGNED, 'error.customerAlreadyAssigned', { company: companyName });
  }
}

/** Only active firms take customers. */
@ObjectType({ implements: () => [ErrorResult] })
export class PartnerNotActiveError extends ErrorResult {
  constructor(ctx: RequestContext, partnerName: string) {
    super(ctx, ErrorCode.PARTNER_NOT_ACTIVE, 'error.partnerNotActive', { partner: partnerName });
  }
}

/** The lead consultant must be an active consultant of the firm. */
@ObjectType({ implements: () => [ErrorResult] })
export class ConsultantNotInFirmError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.CONSULTANT_NOT_IN_FIRM, 'error.consultantNotInFirm');
  }
}

/** The lead consultant holds no certification in force for a product the customer bought. */
@ObjectType({ implements: () => [ErrorResult] })
export class ConsultantNotCertifiedError extends ErrorResult {
  @Field() productArea: string;

  constructor(ctx: RequestContext, consultantName: string, productArea: string) {
    super(ctx, ErrorCode.CONSULTANT_NOT_CERTIFIED, 'error.consultantNotCertified', {
      name: consultantName,
      area: productArea,
    });
    this.productArea = productArea;
  }
}

/** The firm has no free slot left in the month (or never offered one). */
@ObjectType({ implements: () => [ErrorResult] })
export class CapacityFullError extends ErrorResult {
  @Field({ description: 'YYYY-MM' }) month: string;

  constructor(ctx: RequestContext, partnerName: string, month: string) {
    super(ctx, ErrorCode.CAPACITY_FULL, 'error.capacityFull', { partner: partnerName, month });
    this.month = month;
  }
}

/** Only an active assignment can be cancelled, reassigned, accepted or declined. */
@ObjectType({ implements: () => [ErrorResult] })
export class AssignmentNotActiveError extends ErrorResult {
  constructor(ctx: RequestContext, status: string) {
    super(ctx, ErrorCode.ASSIGNMENT_NOT_ACTIVE, 'error.assignmentNotActive', { status });
  }
}

/** The days to decline have passed. */
@ObjectType({ implements: () => [ErrorResult] })
export class DeclineWindowClosedError extends ErrorResult {
  @Field() declineBy: Date;

  constructor(ctx: RequestContext, declineBy: Date) {
    super(ctx, ErrorCode.DECLINE_WINDOW_CLOSED, 'error.declineWindowClosed', {
      date: declineBy.toISOString().slice(0, 10),
    });
    this.declineBy = declineBy;
  }
}

/** The firm accepted it already: it can no longer be accepted again or declined. */
@ObjectType({ implements: () => [ErrorResult] })
export class AssignmentAlreadyAcceptedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.ASSIGNMENT_ALREADY_ACCEPTED, 'error.assignmentAlreadyAccepted');
  }
}

/** One item of a batch failed: nothing of the batch was applied. */
@ObjectType({ implements: () => [ErrorResult] })
export class BatchItemFailedError extends ErrorResult {
  @Field(() => Int, { description: 'Position of the item in the batch (from 0).' }) index: number;
  @Field(() => ID) customerId: string;
  @Field(() => ErrorCode, { description: 'Why the item failed.' }) reason: ErrorCode;

  constructor(ctx: RequestContext, index: number, customerId: string, cause: ErrorResult) {
    super(ctx, ErrorCode.BATCH_ITEM_FAILED, 'error.batchItemFailed', { row: index + 1, cause: cause.message });
    this.index = index;
    this.customerId = customerId;
    this.reason = cause.errorCode;
  }
}
