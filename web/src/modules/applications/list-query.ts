import type {
  PartnerApplicationFilter,
  PartnerApplicationSort,
  PartnerApplicationSortField,
  PartnerApplicationStatus,
} from '../../gql/graphql';
import { APPLICATION_STATUSES } from './criteria';

/**
 * The application list's filters, sort and page as kept in the URL:
 * `?q=…&status=SUBMITTED&status=UNDER_REVIEW&sort=FIRM_NAME&dir=ASC&page=2&take=50`.
 */
export interface ApplicationListQuery {
  search: string;
  statuses: PartnerApplicationStatus[];
  sort: PartnerApplicationSort;
  page: number;
  take: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_SORT: PartnerApplicationSort = { field: 'CREATED_AT', direction: 'DESC' };
const SORT_FIELDS: readonly PartnerApplicationSortField[] = ['CREATED_AT', 'FIRM_NAME', 'STATUS', 'DECIDED_AT'];

export function parseApplicationListQuery(params: URLSearchParams): ApplicationListQuery {
  const take = Number(params.get('take'));
  const page = Number(params.get('page'));
  const statuses = params.getAll('status') as PartnerApplicationStatus[];
  const field = params.get('sort') as PartnerApplicationSortField | null;
  const known = field !== null && SORT_FIELDS.includes(field);
  return {
    search: params.get('q') ?? '',
    statuses: APPLICATION_STATUSES.filter((status) => statuses.includes(status)),
    sort: known ? { field, direction: params.get('dir') === 'ASC' ? 'ASC' : 'DESC' } : { ...DEFAULT_SORT },
    page: Number.isInteger(page) && page > 1 ? page : 1,
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : PAGE_SIZES[0],
  };
}

/** The inverse of `parseApplicationListQuery`; defaults are left out. */
export function toSearchParams(query: ApplicationListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search.trim()) params.set('q', query.search.trim());
  query.statuses.forEach((status) => params.append('status', status));
  if (query.sort.field !== DEFAULT_SORT.field || query.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', query.sort.field);
    params.set('dir', query.sort.direction);
  }
  if (query.page > 1) params.set('page', String(query.page));
  if (query.take !== PAGE_SIZES[0]) params.set('take', String(query.take));
  return params;
}

export function toApplicationFilter(query: ApplicationListQuery): PartnerApplicationFilter {
  const search = query.search.trim();
  return {
    ...(search ? { search } : {}),
    ...(query.statuses.length ? { statuses: query.statuses } : {}),
  };
}

export function hasFilters(query: ApplicationListQuery): boolean {
  return Object.keys(toApplicationFilter(query)).length > 0;
}
