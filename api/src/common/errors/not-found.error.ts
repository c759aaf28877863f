import { ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../context/request-context';
import { translate } from '../i18n/messages';
import { ErrorResult } from './error-result';

export type NotFoundEntity = 'user' | 'partner' | 'announcement' | (string & {});

/** The record does not exist, or the caller may not see it (the two are never told apart). */
@ObjectType({ implements: () => [ErrorResult] })
export class NotFoundError extends ErrorResult {
  constructor(ctx: RequestContext, entity: NotFoundEntity) {
    super(ctx, ErrorCode.NOT_FOUND, 'error.notFound', { entity: translate(ctx.locale, `entity.${entity}`) });
  }
}
