import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

/** Another customer already carries this CRM id. */
@ObjectType({ implements: () => [ErrorResult] })
export class ExternalIdTakenError extends ErrorResult {
  @Field() externalId: string;

  constructor(ctx: RequestContext, externalId: string) {
    super(ctx, ErrorCode.EXTERNAL_ID_TAKEN, 'error.externalIdTaken', { externalId });
    this.externalId = externalId;
  }
}

/** The file has invalid rows: nothing was imported (the preview lists them). */
@ObjectType({ implements: () => [ErrorResult] })
export class CustomerImportInvalidError extends ErrorResult {
  @Field(() => Int) invalidRows: number;

  constructor(ctx: RequestContext, invalidRows: number) {
    super(ctx, ErrorCode.CUSTOMER_IMPORT_INVALID, 'error.customerImportInvalid', { count: invalidRows });
    this.invalidRows = invalidRows;
  }
}
