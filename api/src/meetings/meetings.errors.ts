import { ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';

@ObjectType({ implements: () => [ErrorResult] })
export class ActionItemDoneError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.ACTION_ITEM_DONE, 'error.actionItemDone');
  }
}
