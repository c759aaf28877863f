import type {
  AssignmentFilter,
  AssignmentSort,
  AssignmentSortField,
  AssignmentStatus,
  SortDirection,
} from '../../gql/graphql';
import { ASSIGNMENT_STATUSES } from './assignment-status';

/**
 * The vendor's assignment list as kept in the URL, so a filtered view can be shared:
 * `?tab=settings&status=ACTIVE&status=DECLINED&acceptance=awaiting&partner=<id>&month=2026-05&sort=MONTH&dir=ASC&page=2&take=50`.
 * Unknown values are dropped.
 */
export interface AssignmentListQuery {
  statuses: AssignmentStatus[];
  /** `awaiting`: active and not yet accepted; `notAwaiting`: everything else. */
  acceptance: Acceptance;
  partnerId: string | null;
  /** YYYY-MM */
  month: string | null;
  /** Newest assigned first unless the URL says otherwise. */
  sort: AssignmentSort;
  page: number;
  take: number;
}

export type Acceptance = 'any' | 'awaiting' | 'notAwaiting';
export const ACCEPTANCES: readonly Acceptance[] = ['any', 'awaiting', 'notAwaiting'];

export type AssignmentsTab = 'list' | 'settings';

/** The API's own order when no sort is sent: newest assigned first. */
export const DEFAULT_SORT: AssignmentSort = { field: 'ASSIGNED_AT', direction: 'DESC' };
export const SORT_FIELDS: readonly AssignmentSortField[] = ['ASSIGNED_AT', 'MONTH', 'STATUS', 'DECLINE_BY'];
const DIRECTIONS: readonly SortDirection[] = ['ASC', 'DESC'];

export const PAGE_SIZES = [25, 50, 100] as const;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseTab(params: URLSearchParams): AssignmentsTab {
  return params.get('tab') === 'settings' ? 'settings' : 'list';
}

export function parseAssignmentListQuery(params: URLSearchParams): AssignmentListQuery {
  const statuses = params.getAll('status');
  const acceptance = params.get('acceptance') as Acceptance | null;
  const partner = params.get('partner');
  const month = params.get('month');
  const sortField = params.get('sort') as AssignmentSortField | null;
  const direction = params.get('dir') as SortDirection | null;
  const page = Number(params.get('page'));
  const take = Number(params.get('take'));
  return {
    statuses: ASSIGNMENT_STATUSES.filter((status) => statuses.includes(status)),
    acceptance: acceptance && ACCEPTANCES.includes(acceptance) ? acceptance : 'any',
    partnerId: partner && UUID.test(partner) ? partner : null,
    month: month && MONTH_PATTERN.test(month) ? month : null,
    sort: {
      field: sortField && SORT_FIELDS.includes(sortField) ? sortField : DEFAULT_SORT.field,
      direction: direction && DIRECTIONS.includes(direction) ? direction : DEFAULT_SORT.direction,
    },
    page: Number.isInteger(page) && page > 1 ? page : 1,
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : PAGE_SIZES[0],
  };
}

/** The inverse of `parseAssignmentListQuery` (plus the tab); defaults are left out. */
export function toSearchParams(query: AssignmentListQuery, tab: AssignmentsTab = 'list'): URLSearchParams {
  const params = new URLSearchParams();
  if (tab !== 'list') params.set('tab', tab);
  query.statuses.forEach((status) => params.append('status', status));
  if (query.acceptance !== 'any') params.set('acceptance', query.acceptance);
  if (query.partnerId) params.set('partner', query.partnerId);
  if (query.month) params.set('month', query.month);
  if (query.sort.field !== DEFAULT_SORT.field || query.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', query.sort.field);
    params.set('dir', query.sort.direction);
  }
  if (query.page > 1) params.set('page', String(query.page));
  if (query.take !== PAGE_SIZES[0]) params.set('take', String(query.take));
  return params;
}

/**
 * The sort after a click on a column header: the current column flips its direction, another
 * column starts ascending.
 */
export function toggleSort(sort: AssignmentSort, field: AssignmentSortField): AssignmentSort {
  return { field, direction: sort.field === field && sort.direction === 'ASC' ? 'DESC' : 'ASC' };
}

/** The API filter of a list query (empty criteria left out). */
export function toAssignmentFilter(query: AssignmentListQuery): AssignmentFilter {
  return {
    ...(query.statuses.length ? { statuses: query.statuses } : {}),
    ...(query.acceptance === 'awaiting' ? { incoming: true } : {}),
    ...(query.acceptance === 'notAwaiting' ? { incoming: false } : {}),
    ...(query.partnerId ? { partnerId: query.partnerId } : {}),
    ...(query.month ? { month: query.month } : {}),
  };
}

/** The variables of the list's query: filter, sort and the page's slice. */
export function toAssignmentsVariables(query: AssignmentListQuery): {
  filter: AssignmentFilter;
  sort: AssignmentSort;
  skip: number;
  take: number;
} {
  return {
    filter: toAssignmentFilter(query),
    sort: query.sort,
    skip: (query.page - 1) * query.take,
    take: query.take,
  };
}

export function hasFilters(query: AssignmentListQuery): boolean {
  return Object.keys(toAssignmentFilter(query)).length > 0;
}
