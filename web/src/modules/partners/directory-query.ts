import type { PartnerFilter, PartnerKind, PartnerSort, PartnerSortField, PartnerStatus } from '../../gql/graphql';
import { DIRECTORY_PAGE } from './partner-list';
import { PARTNER_KINDS, PARTNER_STATUSES, PARTNER_TIERS, VOCABULARIES, type Vocabulary } from './vocabulary';

/**
 * The directory's filters and sort as they live in the URL query string, so a filtered view can
 * be shared and reloaded: `?q=…&kind=A&kind=B&status=…&tier=1&region=JP-13&industry=…&module=…
 * &lang=…&sort=NAME&dir=ASC`. Unknown values are dropped. The directory scrolls rather than pages:
 * `page` is always 1 and `take` the size of each page loaded as it scrolls (old `page`/`take`
 * parameters are ignored).
 */
export interface DirectoryQuery {
  search: string;
  kinds: PartnerKind[];
  statuses: PartnerStatus[];
  tiers: number[];
  region: string | null;
  industry: string | null;
  productModule: string | null;
  language: string | null;
  sort: PartnerSort;
  page: number;
  take: number;
}

export const DEFAULT_SORT: PartnerSort = { field: 'NAME', direction: 'ASC' };
const SORT_FIELDS: readonly PartnerSortField[] = ['NAME', 'KIND', 'STATUS', 'TIER', 'CREATED_AT'];

/** URL parameter of each single-value strength filter. */
const SINGLE: Record<'region' | 'industry' | 'productModule' | 'language', { param: string; vocabulary: Vocabulary }> =
  {
    region: { param: 'region', vocabulary: 'region' },
    industry: { param: 'industry', vocabulary: 'industry' },
    productModule: { param: 'module', vocabulary: 'productModule' },
    language: { param: 'lang', vocabulary: 'language' },
  };

function oneOf<T extends string | number>(allowed: readonly T[], value: T | null | undefined): T | null {
  return value != null && allowed.includes(value) ? value : null;
}

function listOf<T extends string | number>(allowed: readonly T[], values: readonly T[]): T[] {
  return allowed.filter((value) => values.includes(value));
}

export function parseDirectoryQuery(params: URLSearchParams): DirectoryQuery {
  const single = (key: keyof typeof SINGLE) =>
    oneOf(VOCABULARIES[SINGLE[key].vocabulary], params.get(SINGLE[key].param));
  return {
    search: params.get('q') ?? '',
    kinds: listOf(PARTNER_KINDS, params.getAll('kind') as PartnerKind[]),
    statuses: listOf(PARTNER_STATUSES, params.getAll('status') as PartnerStatus[]),
    tiers: listOf(PARTNER_TIERS, params.getAll('tier').map(Number)),
    region: single('region'),
    industry: single('industry'),
    productModule: single('productModule'),
    language: single('language'),
    sort: {
      field: oneOf(SORT_FIELDS, params.get('sort') as PartnerSortField) ?? DEFAULT_SORT.field,
      direction: params.get('dir') === 'DESC' ? 'DESC' : params.get('sort') ? 'ASC' : DEFAULT_SORT.direction,
    },
    page: 1,
    take: DIRECTORY_PAGE,
  };
}

/** The inverse of `parseDirectoryQuery`; defaults are left out to keep links short. */
export function toSearchParams(query: DirectoryQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search.trim()) params.set('q', query.search.trim());
  query.kinds.forEach((kind) => params.append('kind', kind));
  query.statuses.forEach((status) => params.append('status', status));
  query.tiers.forEach((tier) => params.append('tier', String(tier)));
  for (const key of Object.keys(SINGLE) as (keyof typeof SINGLE)[]) {
    const value = query[key];
    if (value) params.set(SINGLE[key].param, value);
  }
  if (query.sort.field !== DEFAULT_SORT.field || query.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', query.sort.field);
    params.set('dir', query.sort.direction);
  }
  return params;
}

/** The API filter of a directory query (empty criteria left out). */
export function toPartnerFilter(query: DirectoryQuery): PartnerFilter {
  const search = query.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(query.kinds.length ? { kinds: query.kinds } : {}),
    ...(query.statuses.length ? { statuses: query.statuses } : {}),
    ...(query.tiers.length ? { tiers: query.tiers } : {}),
    ...(query.region ? { region: query.region } : {}),
    ...(query.industry ? { industry: query.industry } : {}),
    ...(query.productModule ? { productModule: query.productModule } : {}),
    ...(query.language ? { language: query.language } : {}),
  };
}

export function hasFilters(query: DirectoryQuery): boolean {
  return Object.keys(toPartnerFilter(query)).length > 0;
}
