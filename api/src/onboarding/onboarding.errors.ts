import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

/** A churned or completed project takes no more progress. */
@ObjectType({ implements: () => [ErrorResult] })
export class ProjectClosedError extends ErrorResult {
  constructor(ctx: RequestContext, health: string) {
    super(ctx, ErrorCode.PROJECT_CLOSED, 'error.projectClosed', { health });
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class PhaseAlreadyCompletedError extends ErrorResult {
  constructor(ctx: RequestContext, phase: string) {
    super(ctx, ErrorCode.PHASE_ALREADY_COMPLETED, 'error.phaseAlreadyCompleted', { phase });
  }
}

/** Phases are completed in order. */
@ObjectType({ implements: () => [ErrorResult] })
export class PreviousPhaseOpenError extends ErrorResult {
  @Field(() => Int) openPosition: number;

  constructor(ctx: RequestContext, phase: string, openPosition: number) {
    super(ctx, ErrorCode.PREVIOUS_PHASE_OPEN, 'error.previousPhaseOpen', { phase });
    this.openPosition = openPosition;
  }
}

/** Only a completed phase can be reopened. */
@ObjectType({ implements: () => [ErrorResult] })
export class PhaseNotCompletedError extends ErrorResult {
  constructor(ctx: RequestContext, phase: string) {
    super(ctx, ErrorCode.PHASE_NOT_COMPLETED, 'error.phaseNotCompleted', { phase });
  }
}

/** Completion and work dates cannot be later than today. */
@ObjectType({ implements: () => [ErrorResult] })
export class DateInFutureError extends ErrorResult {
  constructor(ctx: RequestContext, date: string) {
    super(ctx, ErrorCode.DATE_IN_FUTURE, 'error.dateInFuture', { date });
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class IssueAlreadyResolvedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.ISSUE_ALREADY_RESOLVED, 'error.issueAlreadyResolved');
  }
}

/** A resolved escalation takes no more messages: raise a new one. */
@ObjectType({ implements: () => [ErrorResult] })
export class EscalationResolvedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.ESCALATION_RESOLVED, 'error.escalationResolved');
  }
}

/** The survey link is unknown, was already answered or has expired. */
@ObjectType({ implements: () => [ErrorResult] })
export class SurveyInvalidError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.SURVEY_INVALID, 'error.surveyInvalid');
  }
}
