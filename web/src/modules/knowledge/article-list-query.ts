import { PRODUCT_MODULES } from '@baton/shared';
import type { ArticleKind, ArticleSortField, ArticleStatus, ArticlesQueryVariables } from '../../gql/graphql';
import type { UrlListCodec, UrlListQuery } from '../common/hooks/useUrlListState';
import { ARTICLE_KINDS } from './article-form';

export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];
export const PAGE_SIZES = [25, 50, 100] as const;
/** Columns the console's table sorts by (relevance is the order of a search without a chosen column). */
export type ArticleColumn = Exclude<ArticleSortField, 'RELEVANCE'>;
const COLUMNS: readonly ArticleColumn[] = ['TITLE', 'KIND', 'PRODUCT_AREA', 'STATUS', 'UPDATED_AT', 'PUBLISHED_AT'];

/**
 * The console's article list as it lives in the URL: `?q=…&status=DRAFT&kind=FAQ&product=PAYROLL
 * &tag=…&sort=TITLE&dir=ASC&page=2&take=50`. Unknown values are dropped. Without a sort column a
 * search is ranked by relevance, else the latest change comes first.
 */
export interface ArticleListQuery extends UrlListQuery<ArticleColumn> {
  status: ArticleStatus | null;
  kind: ArticleKind | null;
  product: string | null;
  tag: string | null;
  /** Whether the user chose the column (else the default order applies). */
  sorted: boolean;
}

const DEFAULT_SORT = { field: 'UPDATED_AT' as ArticleColumn, direction: 'DESC' as const };

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value != null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseArticleListQuery(params: URLSearchParams): ArticleListQuery {
  const field = oneOf(COLUMNS, params.get('sort'));
  const page = Number(params.get('page'));
  const take = Number(params.get('take'));
  return {
    search: params.get('q') ?? '',
    status: oneOf(ARTICLE_STATUSES, params.get('status')),
    kind: oneOf(ARTICLE_KINDS, params.get('kind')),
    product: oneOf(PRODUCT_MODULES, params.get('product')),
    tag: params.get('tag')?.trim() || null,
    sort: field ? { field, direction: params.get('dir') === 'ASC' ? 'ASC' : 'DESC' } : { ...DEFAULT_SORT },
    sorted: field !== null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : PAGE_SIZES[0],
  };
}

export function articleListParams(q: ArticleListQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.search.trim()) p.set('q', q.search.trim());
  if (q.status) p.set('status', q.status);
  if (q.kind) p.set('kind', q.kind);
  if (q.product) p.set('product', q.product);
  if (q.tag) p.set('tag', q.tag);
  // A column picked in the table makes the query "sorted"; the default order is left out of the URL.
  const chosen = q.sorted || q.sort.field !== DEFAULT_SORT.field || q.sort.direction !== DEFAULT_SORT.direction;
  if (chosen) {
    p.set('sort', q.sort.field);
    p.set('dir', q.sort.direction);
  }
  if (q.page > 1) p.set('page', String(q.page));
  if (q.take !== PAGE_SIZES[0]) p.set('take', String(q.take));
  return p;
}

/** The API's variables, page excepted. */
export function articleListVariables(q: ArticleListQuery): Omit<ArticlesQueryVariables, 'skip' | 'take'> {
  return {
    search: q.search.trim() || null,
    status: q.status,
    kind: q.kind,
    productArea: q.product,
    tag: q.tag,
    sort: q.sorted || !q.search.trim() ? { field: q.sort.field, direction: q.sort.direction } : null,
  };
}

export const articleListCodec: UrlListCodec<
  ArticleColumn,
  ArticleListQuery,
  ReturnType<typeof articleListVariables>
> = {
  parse: parseArticleListQuery,
  toParams: articleListParams,
  toFilter: articleListVariables,
  hasFilters: (q) => !!(q.search.trim() || q.status || q.kind || q.product || q.tag),
};
