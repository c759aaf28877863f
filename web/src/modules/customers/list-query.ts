import { CUSTOMER_SIZE_BANDS, INDUSTRIES, PREFECTURES, PRODUCT_MODULES } from '@baton/shared';
import type { CustomerFilter, CustomerSort, CustomerSortField } from '../../gql/graphql';
import { SEGMENTS } from './vocabulary';

/** The two views of the customer list: the unassigned queue, and every customer. */
export type CustomerTab = 'queue' | 'all';
export const CUSTOMER_TABS: readonly CustomerTab[] = ['queue', 'all'];

/**
 * The customer list's tab, filters, sort and page as they live in the URL query string:
 * `?tab=all&q=…&industry=…&pref=JP-13&segment=SMB&band=21-100&product=PAYROLL&from=2026-01-01
 * &to=2026-03-31&sort=COMPANY_NAME&dir=DESC&page=2&take=50`. Unknown values are dropped.
 */
export interface CustomerListQuery {
  tab: CustomerTab;
  search: string;
  industry: string | null;
  prefecture: string | null;
  segment: string | null;
  employeeBand: string | null;
  product: string | null;
  /** YYYY-MM-DD, inclusive. */
  contractFrom: string | null;
  /** YYYY-MM-DD, inclusive. */
  contractTo: string | null;
  sort: CustomerSort;
  page: number;
  take: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
/** The queue is worked oldest contract first; the same order reads well for every customer. */
export const DEFAULT_SORT: CustomerSort = { field: 'CONTRACT_DATE', direction: 'ASC' };
const SORT_FIELDS: readonly CustomerSortField[] = [
  'COMPANY_NAME',
  'CONTRACT_DATE',
  'CREATED_AT',
  'INDUSTRY',
  'PREFECTURE',
  'SEGMENT',
];

type CodeKey = 'industry' | 'prefecture' | 'segment' | 'employeeBand' | 'product';

/** URL parameter and allowed codes of each single-value filter. */
const CODES: Record<CodeKey, { param: string; allowed: readonly string[] }> = {
  industry: { param: 'industry', allowed: INDUSTRIES },
  prefecture: { param: 'pref', allowed: PREFECTURES },
  segment: { param: 'segment', allowed: SEGMENTS },
  employeeBand: { param: 'band', allowed: CUSTOMER_SIZE_BANDS },
  product: { param: 'product', allowed: PRODUCT_MODULES },
};
const CODE_KEYS = Object.keys(CODES) as CodeKey[];

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string | null | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value != null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseCustomerListQuery(params: URLSearchParams): CustomerListQuery {
  const code = (key: CodeKey) => oneOf(CODES[key].allowed, params.get(CODES[key].param));
  const date = (param: string) => {
    const value = params.get(param);
    return isIsoDate(value) ? value : null;
  };
  const take = Number(params.get('take'));
  const page = Number(params.get('page'));
  const sortField = oneOf(SORT_FIELDS, params.get('sort'));
  return {
    tab: oneOf(CUSTOMER_TABS, params.get('tab')) ?? 'queue',
    search: params.get('q') ?? '',
    industry: code('industry'),
    prefecture: code('prefecture'),
    segment: code('segment'),
    employeeBand: code('employeeBand'),
    product: code('product'),
    contractFrom: date('from'),
    contractTo: date('to'),
    sort: sortField
      ? { field: sortField, direction: params.get('dir') === 'DESC' ? 'DESC' : 'ASC' }
      : { ...DEFAULT_SORT },
    page: Number.isInteger(page) && page > 1 ? page : 1,
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : PAGE_SIZES[0],
  };
}

/** The inverse of `parseCustomerListQuery`; defaults are left out to keep links short. */
export function toCustomerListParams(query: CustomerListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.tab !== 'queue') params.set('tab', query.tab);
  if (query.search.trim()) params.set('q', query.search.trim());
  for (const key of CODE_KEYS) {
    const value = query[key];
    if (value) params.set(CODES[key].param, value);
  }
  if (query.contractFrom) params.set('from', query.contractFrom);
  if (query.contractTo) params.set('to', query.contractTo);
  if (query.sort.field !== DEFAULT_SORT.field || query.sort.direction !== DEFAULT_SORT.direction) {
    params.set('sort', query.sort.field);
    params.set('dir', query.sort.direction);
  }
  if (query.page > 1) params.set('page', String(query.page));
  if (query.take !== PAGE_SIZES[0]) params.set('take', String(query.take));
  return params;
}

/** The criteria the user set (the tab is not one of them); empty ones left out. */
function criteria(query: CustomerListQuery): CustomerFilter {
  const search = query.search.trim();
  const filter: CustomerFilter = search ? { search } : {};
  for (const key of CODE_KEYS) {
    const value = query[key];
    if (value) filter[key] = value;
  }
  if (query.contractFrom) filter.contractFrom = query.contractFrom;
  if (query.contractTo) filter.contractTo = query.contractTo;
  return filter;
}

/** The API filter of a list query: the criteria, narrowed to the queue on the queue tab. */
export function toCustomerFilter(query: CustomerListQuery): CustomerFilter {
  return { ...(query.tab === 'queue' ? { assigned: false } : {}), ...criteria(query) };
}

export function hasCustomerFilters(query: CustomerListQuery): boolean {
  return Object.keys(criteria(query)).length > 0;
}

/** A contract-date range whose start is after its end matches nothing: worth saying. */
export function isRangeInverted(query: Pick<CustomerListQuery, 'contractFrom' | 'contractTo'>): boolean {
  return !!query.contractFrom && !!query.contractTo && query.contractFrom > query.contractTo;
}

/** The file name of the list's CSV export, e.g. `customers-queue-2026-05-14.csv`. */
export function csvFileName(tab: CustomerTab, today: Date): string {
  const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return `${tab === 'queue' ? 'customers-queue' : 'customers'}-${day}.csv`;
}
