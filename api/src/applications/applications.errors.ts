import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { translate } from '../common/i18n/messages';
import { SelectionCriterion } from './application-score.entity';
import { PartnerApplicationStatus } from './partner-application.entity';

/** The address sent too many applications lately. */
@ObjectType({ implements: () => [ErrorResult] })
export class TooManyApplicationsError extends ErrorResult {
  @Field(() => Int) retryAfterSeconds: number;

  constructor(ctx: RequestContext, retryAfterSeconds: number) {
    super(ctx, ErrorCode.TOO_MANY_APPLICATIONS, 'error.tooManyApplications', {
      minutes: Math.ceil(retryAfterSeconds / 60),
    });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Approval needs all six criteria scored. */
@ObjectType({ implements: () => [ErrorResult] })
export class ApplicationNotScoredError extends ErrorResult {
  @Field(() => [SelectionCriterion]) unscoredCriteria: SelectionCriterion[];

  constructor(ctx: RequestContext, unscoredCriteria: SelectionCriterion[]) {
    super(ctx, ErrorCode.APPLICATION_NOT_SCORED, 'error.applicationNotScored', {
      criteria: unscoredCriteria.map((c) => translate(ctx.locale, `criterion.${c}`)).join(', '),
    });
    this.unscoredCriteria = unscoredCriteria;
  }
}

/** Approved or rejected: a decision is final, and the scorecard is frozen with it. */
@ObjectType({ implements: () => [ErrorResult] })
export class ApplicationAlreadyDecidedError extends ErrorResult {
  @Field(() => PartnerApplicationStatus) status: PartnerApplicationStatus;

  constructor(ctx: RequestContext, status: PartnerApplicationStatus) {
    super(ctx, ErrorCode.APPLICATION_ALREADY_DECIDED, 'error.applicationAlreadyDecided', {
      status: translate(ctx.locale, `applicationStatus.${status}`),
    });
    this.status = status;
  }
}

/** The shared NOT_FOUND result, worded for an application. */
export function applicationNotFound(ctx: RequestContext): NotFoundError {
  return new NotFoundError(ctx, 'partnerApplication');
}
