import type { EscalationCategory, EscalationFilter } from '../../gql/graphql';

/**
 * The vendor's escalation inbox as kept in the URL, so a filtered view can be shared:
 * `?status=resolved&partner=<id>&category=DEFECT&page=2&take=50&escalation=<id>` (the last one
 * opens that conversation). Open escalations are the default; unknown values are dropped.
 */
export interface EscalationInboxQuery {
  status: EscalationStatusFilter;
  partnerId: string | null;
  category: EscalationCategory | null;
  page: number;
  take: number;
  /** The escalation whose conversation is open. */
  selectedId: string | null;
}

export type EscalationStatusFilter = 'open' | 'resolved' | 'all';

export const STATUS_FILTERS: readonly EscalationStatusFilter[] = ['open', 'resolved', 'all'];
export const ESCALATION_CATEGORIES: readonly EscalationCategory[] = [
  'PRODUCT_QUESTION',
  'DEFECT',
  'DATA_PROBLEM',
  'OTHER',
];
export const PAGE_SIZES = [25, 50, 100] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const EMPTY_FILTERS: Pick<EscalationInboxQuery, 'status' | 'partnerId' | 'category'> = {
  status: 'open',
  partnerId: null,
  category: null,
};

export function parseEscalationInboxQuery(params: URLSearchParams): EscalationInboxQuery {
  const status = params.get('status') as EscalationStatusFilter | null;
  const partner = params.get('partner');
  const category = params.get('category') as EscalationCategory | null;
  const selected = params.get('escalation');
  const page = Number(params.get('page'));
  const take = Number(params.get('take'));
  return {
    status: status && STATUS_FILTERS.includes(status) ? status : 'open',
    partnerId: partner && UUID.test(partner) ? partner : null,
    category: category && ESCALATION_CATEGORIES.includes(category) ? category : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : PAGE_SIZES[0],
    selectedId: selected && UUID.test(selected) ? selected : null,
  };
}

/** The inverse of `parseEscalationInboxQuery`; defaults are left out. */
export function toEscalationSearchParams(query: EscalationInboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status !== 'open') params.set('status', query.status);
  if (query.partnerId) params.set('partner', query.partnerId);
  if (query.category) params.set('category', query.category);
  if (query.page > 1) params.set('page', String(query.page));
  if (query.take !== PAGE_SIZES[0]) params.set('take', String(query.take));
  if (query.selectedId) params.set('escalation', query.selectedId);
  return params;
}

/** The firm and category criteria, shared by the list and the stats. */
function scopeFilter(query: EscalationInboxQuery): EscalationFilter {
  return {
    ...(query.partnerId ? { partnerId: query.partnerId } : {}),
    ...(query.category ? { category: query.category } : {}),
  };
}

/** The API filter of the list (`open: true` open only, `false` resolved only, absent both). */
export function toEscalationFilter(query: EscalationInboxQuery): EscalationFilter {
  return {
    ...(query.status === 'all' ? {} : { open: query.status === 'open' }),
    ...scopeFilter(query),
  };
}

/** The stats count open and resolved side by side, so they ignore the status filter. */
export function toEscalationStatsFilter(query: EscalationInboxQuery): EscalationFilter {
  return scopeFilter(query);
}

export function toEscalationInboxVariables(query: EscalationInboxQuery): {
  filter: EscalationFilter;
  skip: number;
  take: number;
} {
  return { filter: toEscalationFilter(query), skip: (query.page - 1) * query.take, take: query.take };
}

/** Whether the view differs from the default (open escalations of every firm and category). */
export function hasEscalationFilters(query: EscalationInboxQuery): boolean {
  return query.status !== 'open' || query.partnerId !== null || query.category !== null;
}
