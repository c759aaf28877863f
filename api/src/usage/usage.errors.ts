import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

/** The usage file has invalid rows: nothing was imported (the preview lists them). */
@ObjectType({ implements: () => [ErrorResult] })
export class UsageImportInvalidError extends ErrorResult {
  @Field(() => Int) invalidRows: number;

  constructor(ctx: RequestContext, invalidRows: number) {
    super(ctx, ErrorCode.USAGE_IMPORT_INVALID, 'error.usageImportInvalid', { count: invalidRows });
    this.invalidRows = invalidRows;
  }
}

@ObjectType()
export class UsageReportProblem {
  @Field(() => Int, { description: 'Position of the report in `items`, from 0.' }) index: number;
  @Field() message: string;

  constructor(index: number, message: string) {
    this.index = index;
    this.message = message;
  }
}

/** Some reports of the batch are invalid (unknown customer, future date): nothing was saved. */
@ObjectType({ implements: () => [ErrorResult] })
export class UsageReportInvalidError extends ErrorResult {
  @Field(() => [UsageReportProblem]) problems: UsageReportProblem[];

  constructor(ctx: RequestContext, problems: UsageReportProblem[]) {
    super(ctx, ErrorCode.USAGE_REPORT_INVALID, 'error.usageReportInvalid', { count: problems.length });
    this.problems = problems;
  }
}

@ObjectType({ implements: () => [ErrorResult] })
export class IntegrationKeyRevokedError extends ErrorResult {
  constructor(ctx: RequestContext, revokedOn: string) {
    super(ctx, ErrorCode.INTEGRATION_KEY_REVOKED, 'error.integrationKeyRevoked', { date: revokedOn });
  }
}
