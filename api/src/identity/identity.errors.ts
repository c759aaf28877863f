import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

@ObjectType({ implements: () => [ErrorResult] })
export class InvalidCredentialsError extends ErrorResult {
  constructor(ctx: RequestContext, key = 'error.invalidCredentials') {
    super(ctx, ErrorCode.INVALID_CREDENTIALS, key);
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class TooManyAttemptsError extends ErrorResult {
  @Field(() => Int) retryAfterSeconds: number;

  constructor(ctx: RequestContext, retryAfterSeconds: number) {
    super(ctx, ErrorCode.TOO_MANY_ATTEMPTS, 'error.tooManyAttempts', { minutes: Math.ceil(retryAfterSeconds / 60) });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class EmailAlreadyUsedError extends ErrorResult {
  constructor(ctx: RequestContext, email: string) {
    super(ctx, ErrorCode.EMAIL_ALREADY_USED, 'error.emailAlreadyUsed', { email });
  }
}

/** A partner role without a (known) partner firm. */
@ObjectType({ implements: () => [ErrorResult] })
export class PartnerRequiredError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.PARTNER_REQUIRED, 'error.partnerRequired');
  }
}

/** A partner firm given to a vendor or auditor user. */
@ObjectType({ implements: () => [ErrorResult] })
export class PartnerNotAllowedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.PARTNER_NOT_ALLOWED, 'error.partnerNotAllowed');
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class CannotDeactivateSelfError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.CANNOT_DEACTIVATE_SELF, 'error.cannotDeactivateSelf');
  }
}

/** An admin cannot demote themself (and so leave the program without an admin by accident). */
@ObjectType({ implements: () => [ErrorResult] })
export class CannotChangeOwnRoleError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.CANNOT_CHANGE_OWN_ROLE, 'error.cannotChangeOwnRole');
  }
}

/** The invitation link is unknown, already used or expired. */
@ObjectType({ implements: () => [ErrorResult] })
export class InvitationInvalidError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.INVITATION_INVALID, 'error.invitationInvalid');
  }
}
