import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import { ErrorResult } from '../common/errors/error-result';
import { translate } from '../common/i18n/messages';

/** Partners read both languages: an article is published only with both titles and bodies. */
@ObjectType({ implements: () => [ErrorResult] })
export class ArticleIncompleteError extends ErrorResult {
  @Field(() => [String], { description: 'The empty fields (titleEn, titleJa, bodyEn, bodyJa).' })
  missingFields: string[];

  constructor(ctx: RequestContext, missingFields: string[]) {
    super(ctx, ErrorCode.ARTICLE_INCOMPLETE, 'error.articleIncomplete', {
      fields: missingFields.map((f) => translate(ctx.locale, `field.${f}`)).join(', '),
    });
    this.missingFields = missingFields;
  }
}

/** Publishing a published article or archiving an archived one. */
@ObjectType({ implements: () => [ErrorResult] })
export class ArticleStatusUnchangedError extends ErrorResult {
  constructor(ctx: RequestContext, status: string) {
    super(ctx, ErrorCode.ARTICLE_STATUS_UNCHANGED, 'error.articleStatusUnchanged', {
      status: translate(ctx.locale, `articleStatus.${status}`),
    });
  }
}

/** The draft was raised or abandoned already. */
@ObjectType({ implements: () => [ErrorResult] })
export class EscalationDraftClosedError extends ErrorResult {
  constructor(ctx: RequestContext) {
    super(ctx, ErrorCode.ESCALATION_DRAFT_CLOSED, 'error.escalationDraftClosed');
  }
}
