import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { scopedQuery } from '../common/access/scoped-query';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { SortDirection, type Page } from '../common/pagination';
import { VENDOR } from '../common/access/allow.decorator';
import { Article, ArticleStatus } from './article.entity';
import { applyArticleSearch } from './article-search';
import { ArticleSortField, type ArticleInput, type ArticleListArgs } from './dto/article.inputs';
import { ArticleIncompleteError, ArticleStatusUnchangedError } from './knowledge.errors';

const isVendor = (ctx: RequestContext) => !!ctx.role && VENDOR.includes(ctx.role);

const LANGUAGE_FIELDS = ['titleEn', 'titleJa', 'bodyEn', 'bodyJa'] as const;

/** The empty language fields that keep an article from being published. */
export const missingForPublishing = (a: Pick<Article, (typeof LANGUAGE_FIELDS)[number]>) =>
  LANGUAGE_FIELDS.filter((f) => !a[f].trim());

/** Knowledge-base articles: vendor staff write and publish them; everyone reads the published ones. */
@Injectable()
export class ArticlesService {
  constructor(private readonly clock: Clock) {}

  async create(ctx: RequestContext, input: ArticleInput): Promise<Article> {
    const repo = ctx.manager.getRepository(Article);
    const article = await repo.save(repo.create({ ...input, status: ArticleStatus.DRAFT, ...this.touched(ctx) }));
    ctx.audit({ action: 'article.create', entityType: 'Article', entityId: article.id, after: this.snapshot(article) });
    return article;
  }

  /** A published article stays published, so it must stay complete. */
  async update(
    ctx: RequestContext,
    id: string,
    input: ArticleInput,
  ): Promise<Article | NotFoundError | ArticleIncompleteError> {
    const article = await this.forUpdate(ctx, id);
    if (!article) return new NotFoundError(ctx, 'article');
    const before = this.snapshot(article);
    Object.assign(article, input, this.touched(ctx));
    const missing = missingForPublishing(article);
    if (article.status === ArticleStatus.PUBLISHED && missing.length) return new ArticleIncompleteError(ctx, missing);
    await ctx.manager.getRepository(Article).save(article);
    ctx.audit({ action: 'article.update', entityType: 'Article', entityId: id, before, after: this.snapshot(article) });
    return article;
  }

  /** From a draft, or back from the archive. */
  async publish(
    ctx: RequestContext,
    id: string,
  ): Promise<Article | NotFoundError | ArticleIncompleteError | ArticleStatusUnchangedError> {
    const article = await this.forUpdate(ctx, id);
    if (!article) return new NotFoundError(ctx, 'article');
    if (article.status === ArticleStatus.PUBLISHED) return new ArticleStatusUnchangedError(ctx, article.status);
    const missing = missingForPublishing(article);
    if (missing.length) return new ArticleIncompleteError(ctx, missing);
    return this.changeStatus(ctx, article, ArticleStatus.PUBLISHED, 'article.publish');
  }

  /** Partners stop seeing it; vendor staff keep it and may publish it again. */
  async archive(ctx: RequestContext, id: string): Promise<Article | NotFoundError | ArticleStatusUnchangedError> {
    const article = await this.forUpdate(ctx, id);
    if (!article) return new NotFoundError(ctx, 'article');
    if (article.status === ArticleStatus.ARCHIVED) return new ArticleStatusUnchangedError(ctx, article.status);
    return this.changeStatus(ctx, article, ArticleStatus.ARCHIVED, 'article.archive');
  }

  async list(ctx: RequestContext, args: ArticleListArgs): Promise<Page<Article>> {
    const qb = this.readable(ctx);
    if (args.status && isVendor(ctx)) qb.andWhere('a.status = :status', { status: args.status });
    if (args.kind) qb.andWhere('a.kind = :kind', { kind: args.kind });
    if (args.productArea) qb.andWhere('a.productArea = :productArea', { productArea: args.productArea });
    if (args.tag) qb.andWhere(':tag = ANY(a.tags)', { tag: args.tag });
    const relevance = args.search
      ? applyArticleSearch(qb, args.search, args.matchAny ?? false, args.preferredProductAreas ?? [])
      : null;
    this.order(ctx, qb, args, relevance);
    const [items, totalItems] = await qb.skip(args.skip).take(args.take).getManyAndCount();
    return { items, totalItems };
  }

  get(ctx: RequestContext, id: string): Promise<Article | null> {
    return this.readable(ctx).andWhere('a.id = :id', { id }).getOne();
  }

  /** Every tag in use (of published articles for readers other than vendor staff), alphabetical. */
  async tags(ctx: RequestContext): Promise<string[]> {
    const rows = await this.readable(ctx)
      .select('DISTINCT unnest(a.tags)', 'tag')
      .orderBy('tag', 'ASC')
      .getRawMany<{ tag: string }>();
    return rows.map((r) => r.tag);
  }

  /**
   * Vendor staff read every article; partner users and auditors only PUBLISHED ones. Articles are
   * program-wide rows: the status filter is what keeps drafts from partners, so it is in SQL here.
   */
  private readable(ctx: RequestContext): SelectQueryBuilder<Article> {
    if (isVendor(ctx)) return scopedQuery(ctx, Article, 'a');
    return ctx.manager
      .getRepository(Article)
      .createQueryBuilder('a')
      .where('a.status = :published', { published: ArticleStatus.PUBLISHED });
  }

  private order(ctx: RequestContext, qb: SelectQueryBuilder<Article>, args: ArticleListArgs, relevance: string | null) {
    const field = args.sort?.field ?? (relevance ? ArticleSortField.RELEVANCE : ArticleSortField.UPDATED_AT);
    const dir = args.sort?.direction ?? SortDirection.DESC;
    const title =
      ctx.locale === 'ja' ? `COALESCE(NULLIF(a.titleJa, ''), a.titleEn)` : `COALESCE(NULLIF(a.titleEn, ''), a.titleJa)`;
    const expression: Record<ArticleSortField, string> = {
      [ArticleSortField.RELEVANCE]: relevance ?? 'a.updatedAt',
      [ArticleSortField.UPDATED_AT]: 'a.updatedAt',
      [ArticleSortField.PUBLISHED_AT]: 'a.publishedAt',
      [ArticleSortField.TITLE]: title,
      [ArticleSortField.KIND]: 'a.kind',
      [ArticleSortField.PRODUCT_AREA]: 'a.productArea',
      [ArticleSortField.STATUS]: 'a.status',
    };
    qb.orderBy(expression[field], dir, dir === SortDirection.DESC ? 'NULLS LAST' : 'NULLS FIRST');
    if (field === ArticleSortField.RELEVANCE) qb.addOrderBy('a.publishedAt', 'DESC', 'NULLS LAST');
    qb.addOrderBy('a.updatedAt', 'DESC').addOrderBy('a.id', 'ASC');
  }

  private async changeStatus(ctx: RequestContext, article: Article, status: ArticleStatus, action: string) {
    const before = { status: article.status };
    Object.assign(article, { status }, this.touched(ctx));
    if (status === ArticleStatus.PUBLISHED) article.publishedAt = article.updatedAt;
    await ctx.manager.getRepository(Article).save(article);
    ctx.audit({ action, entityType: 'Article', entityId: article.id, before, after: { status } });
    return article;
  }

  private forUpdate(ctx: RequestContext, id: string): Promise<Article | null> {
    return scopedQuery(ctx, Article, 'a').andWhere('a.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  private touched(ctx: RequestContext) {
    return { updatedAt: this.clock.now(), updatedByEmail: ctx.user?.email ?? null };
  }

  private snapshot(a: Article) {
    return {
      kind: a.kind,
      status: a.status,
      titleEn: a.titleEn,
      titleJa: a.titleJa,
      productArea: a.productArea,
      tags: a.tags,
    };
  }
}
