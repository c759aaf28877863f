import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { translate } from '../common/i18n/messages';
import { TrainingModule, TrainingModuleKind } from './training-module.entity';
import { TrainingStatus } from './training-record.entity';

export type TrainingEntityName = 'consultant' | 'curriculum' | 'trainingModule' | 'trainingRecord' | 'certification';

/** The shared `NotFoundError`, naming one of this context's records (absent or not visible: never told apart). */
export function notFound(ctx: RequestContext, entity: TrainingEntityName): NotFoundError {
  const error = new NotFoundError(ctx, 'user');
  error.message = translate(ctx.locale, 'error.notFound', { entity: translate(ctx.locale, `entity.${entity}`) });
  return error;
}

/** Consultants are unique by e-mail within their firm. */
@ObjectType({ implements: () => [ErrorResult] })
export class ConsultantAlreadyExistsError extends ErrorResult {
  constructor(ctx: RequestContext, email: string) {
    super(ctx, ErrorCode.CONSULTANT_ALREADY_EXISTS, 'error.consultantAlreadyExists', { email });
  }
}

/** A deactivated consultant gets no new training records or certifications. */
@ObjectType({ implements: () => [ErrorResult] })
export class ConsultantInactiveError extends ErrorResult {
  constructor(ctx: RequestContext, name: string) {
    super(ctx, ErrorCode.CONSULTANT_INACTIVE, 'error.consultantInactive', { name });
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class CurriculumAlreadyExistsError extends ErrorResult {
  @Field() productArea: string;

  constructor(ctx: RequestContext, productArea: string) {
    super(ctx, ErrorCode.CURRICULUM_ALREADY_EXISTS, 'error.curriculumAlreadyExists', { productArea });
    this.productArea = productArea;
  }
}

/** A partner recorded PASSED on a role-play or OJT: only vendor staff confirm those. */
@ObjectType({ implements: () => [ErrorResult] })
export class TrainingConfirmationRequiredError extends ErrorResult {
  @Field(() => TrainingModuleKind) kind: TrainingModuleKind;

  constructor(ctx: RequestContext, kind: TrainingModuleKind) {
    super(ctx, ErrorCode.TRAINING_CONFIRMATION_REQUIRED, 'error.trainingConfirmationRequired', { kind });
    this.kind = kind;
  }
}

/** A partner tried to rewrite a result vendor staff confirmed as PASSED. */
@ObjectType({ implements: () => [ErrorResult] })
export class TrainingResultConfirmedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.TRAINING_RESULT_CONFIRMED, 'error.trainingResultConfirmed');
  }
}

/** Vendor staff confirm only a COMPLETED role-play or OJT. */
@ObjectType({ implements: () => [ErrorResult] })
export class NotAwaitingConfirmationError extends ErrorResult {
  @Field(() => TrainingModuleKind) kind: TrainingModuleKind;
  @Field(() => TrainingStatus) status: TrainingStatus;

  constructor(ctx: RequestContext, kind: TrainingModuleKind, status: TrainingStatus) {
    super(ctx, ErrorCode.NOT_AWAITING_CONFIRMATION, 'error.notAwaitingConfirmation', { kind, status });
    Object.assign(this, { kind, status });
  }
}

/** Certification refused: these required, active modules of the curriculum are not PASSED. */
@ObjectType({ implements: () => [ErrorResult] })
export class TrainingIncompleteError extends ErrorResult {
  @Field() productArea: string;
  @Field(() => [TrainingModule]) missingModules: TrainingModule[];

  constructor(ctx: RequestContext, productArea: string, missingModules: TrainingModule[]) {
    super(ctx, ErrorCode.TRAINING_INCOMPLETE, 'error.trainingIncomplete', {
      productArea,
      missing: missingModules.map((m) => m.title).join(', '),
    });
    Object.assign(this, { productArea, missingModules });
  }
}
