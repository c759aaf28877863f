import { Args, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, ANY_ROLE, VENDOR } from '../common/access/allow.decorator';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { UuidPipe } from '../common/uuid.pipe';
import { Article } from './article.entity';
import { ArticlesService } from './articles.service';
import { ArticleInput, ArticleListArgs } from './dto/article.inputs';
import {
  EscalationDeflectionArgs,
  EscalationDraftIdInput,
  RecordArticleOpenedInput,
  StartEscalationDraftInput,
} from './dto/escalation-draft.inputs';
import { EscalationDraft } from './escalation-draft.entity';
import { EscalationDraftsService } from './escalation-drafts.service';
import { ArticleIncompleteError, ArticleStatusUnchangedError, EscalationDraftClosedError } from './knowledge.errors';

@ObjectType()
class ArticleList extends Paginated(Article, 'Article') {}

@ObjectType({ description: 'The raise form as a funnel, over drafts started in the period.' })
class EscalationDeflection {
  @Field(() => Int, { description: 'Raise forms opened (drafts started).' }) started: number;
  @Field(() => Int) raised: number;
  @Field(() => Int, { description: 'Closed without raising, or untouched for 24 h.' }) abandoned: number;
  @Field(() => Int, { description: 'Abandoned after a suggested article was opened.' }) deflected: number;
  @Field(() => Int, { description: 'Open and touched within 24 h.' }) inProgress: number;
  @Field(() => Int, { description: 'Drafts in which an article was opened.' }) withArticleOpened: number;
  @Field(() => Float, { nullable: true, description: 'deflected ÷ started.' }) deflectionRate: number | null;
}

const UpdateArticleResult = resultUnion(
  'UpdateArticleResult',
  () => [Article, NotFoundError, ArticleIncompleteError] as const,
);
const PublishArticleResult = resultUnion(
  'PublishArticleResult',
  () => [Article, NotFoundError, ArticleIncompleteError, ArticleStatusUnchangedError] as const,
);
const ArchiveArticleResult = resultUnion(
  'ArchiveArticleResult',
  () => [Article, NotFoundError, ArticleStatusUnchangedError] as const,
);
const StartEscalationDraftResult = resultUnion(
  'StartEscalationDraftResult',
  () => [EscalationDraft, NotFoundError] as const,
);
const EscalationDraftResult = resultUnion(
  'EscalationDraftResult',
  () => [EscalationDraft, NotFoundError, EscalationDraftClosedError] as const,
);
const PARTNER_USERS = [Role.PARTNER_ADMIN, Role.PARTNER_MEMBER];

@Resolver(() => Article)
export class KnowledgeResolver {
  constructor(
    private readonly articleService: ArticlesService,
    private readonly drafts: EscalationDraftsService,
  ) {}

  @Query(() => ArticleList, {
    description:
      'Vendor staff: every article; everyone else: published ones. With a search, most relevant first (title hits above body hits).',
  })
  @Allow(...ANY_ROLE)
  articles(@Ctx() ctx: RequestContext, @Args() args: ArticleListArgs) {
    return this.articleService.list(ctx, args);
  }

  @Query(() => Article, { nullable: true })
  @Allow(...ANY_ROLE)
  article(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.articleService.get(ctx, id);
  }

  @Query(() => [String], { description: 'Tags in use, alphabetical (of published articles but for vendor staff).' })
  @Allow(...ANY_ROLE)
  articleTags(@Ctx() ctx: RequestContext) {
    return this.articleService.tags(ctx);
  }

  @Query(() => EscalationDeflection, { description: 'Escalations started, raised, abandoned and deflected.' })
  @Allow(...VENDOR)
  escalationDeflection(@Ctx() ctx: RequestContext, @Args() args: EscalationDeflectionArgs) {
    return this.drafts.deflection(ctx, args);
  }

  @Mutation(() => Article, { description: 'A new draft.' })
  @Allow(...VENDOR)
  createArticle(@Ctx() ctx: RequestContext, @Args('input') input: ArticleInput) {
    return this.articleService.create(ctx, input);
  }

  @Mutation(() => UpdateArticleResult)
  @Allow(...VENDOR)
  updateArticle(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: ArticleInput,
  ) {
    return this.articleService.update(ctx, id, input);
  }

  @Mutation(() => PublishArticleResult, { description: 'Both languages are required.' })
  @Allow(...VENDOR)
  publishArticle(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.articleService.publish(ctx, id);
  }

  @Mutation(() => ArchiveArticleResult)
  @Allow(...VENDOR)
  archiveArticle(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return this.articleService.archive(ctx, id);
  }

  @Mutation(() => StartEscalationDraftResult, { description: 'A partner user opened the raise form of a project.' })
  @Allow(...PARTNER_USERS)
  startEscalationDraft(@Ctx() ctx: RequestContext, @Args('input') input: StartEscalationDraftInput) {
    return this.drafts.start(ctx, input);
  }

  @Mutation(() => EscalationDraftResult, { description: 'A suggested article was opened from the raise form.' })
  @Allow(...PARTNER_USERS)
  recordArticleOpened(@Ctx() ctx: RequestContext, @Args('input') input: RecordArticleOpenedInput) {
    return this.drafts.articleOpened(ctx, input);
  }

  @Mutation(() => EscalationDraftResult, { description: 'The raise form was closed without raising.' })
  @Allow(...PARTNER_USERS)
  abandonEscalationDraft(@Ctx() ctx: RequestContext, @Args('input') input: EscalationDraftIdInput) {
    return this.drafts.abandon(ctx, input);
  }
}
