import { PROJECT_HEALTHS } from '@baton/shared';
import type { ProjectFilter, ProjectHealth } from '../../gql/graphql';
import { addMonths, monthOf } from '../capacity/months';

/**
 * The vendor's project list as kept in the URL, so a filtered view can be shared:
 * `?partner=<id>&health=AT_RISK&phase=3&cohort=2026-05&page=2&take=50`. Unknown values are dropped.
 */
export interface ProjectListQuery {
  partnerId: string | null;
  health: ProjectHealth | null;
  /** Position of the current phase (1…MAX_PHASE). */
  phase: number | null;
  /** YYYY-MM: the month the projects started. */
  cohortMonth: string | null;
  page: number;
  take: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
/** The API accepts phase positions up to this (a template has at most 12 phases). */
export const MAX_PHASE = 12;
/** The cohort filter offers this month and the previous 11. */
export const COHORT_MONTHS = 12;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEALTHS = PROJECT_HEALTHS as readonly ProjectHealth[];

export const EMPTY_FILTERS: Pick<ProjectListQuery, 'partnerId' | 'health' | 'phase' | 'cohortMonth'> = {
  partnerId: null,
  health: null,
  phase: null,
  cohortMonth: null,
};

export function parseProjectListQuery(params: URLSearchParams): ProjectListQuery {
  const partner = params.get('partner');
  const health = params.get('health') as ProjectHealth | null;
  const phase = Number(params.get('phase'));
  const cohort = params.get('cohort');
  const page = Number(params.get('page'));
  const take = Number(params.get('take'));
  return {
    partnerId: partner && UUID.test(partner) ? partner : null,
    health: health && HEALTHS.includes(health) ? health : null,
    phase: Number.isInteger(phase) && phase >= 1 && phase <= MAX_PHASE ? phase : null,
    cohortMonth: cohort && MONTH_PATTERN.test(cohort) ? cohort : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
    take: (PAGE_SIZES as readonly number[]).includes(take) ? take : PAGE_SIZES[0],
  };
}

/** The inverse of `parseProjectListQuery`; defaults are left out. */
export function toProjectSearchParams(query: ProjectListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.partnerId) params.set('partner', query.partnerId);
  if (query.health) params.set('health', query.health);
  if (query.phase) params.set('phase', String(query.phase));
  if (query.cohortMonth) params.set('cohort', query.cohortMonth);
  if (query.page > 1) params.set('page', String(query.page));
  if (query.take !== PAGE_SIZES[0]) params.set('take', String(query.take));
  return params;
}

/** The API filter of a list query (empty criteria left out). */
export function toProjectFilter(query: ProjectListQuery): ProjectFilter {
  return {
    ...(query.partnerId ? { partnerId: query.partnerId } : {}),
    ...(query.health ? { health: query.health } : {}),
    ...(query.phase ? { phase: query.phase } : {}),
    ...(query.cohortMonth ? { cohortMonth: query.cohortMonth } : {}),
  };
}

/** The variables of the list's query: filter and the page's slice. */
export function toProjectsVariables(query: ProjectListQuery): { filter: ProjectFilter; skip: number; take: number } {
  return { filter: toProjectFilter(query), skip: (query.page - 1) * query.take, take: query.take };
}

export function hasProjectFilters(query: ProjectListQuery): boolean {
  return Object.keys(toProjectFilter(query)).length > 0;
}

/**
 * One filter per health, for the summary: the list's other criteria with each health in turn (the
 * health filter itself is what a summary badge sets, so it is left out of the counts).
 */
export function healthCountFilters(filter: ProjectFilter): Record<ProjectHealth, ProjectFilter> {
  const { health: _ignored, ...rest } = filter;
  return Object.fromEntries(HEALTHS.map((health) => [health, { ...rest, health }])) as Record<
    ProjectHealth,
    ProjectFilter
  >;
}

/** The cohort months offered: this month first, then the previous ones (plus the URL's if older). */
export function cohortMonths(now: Date, selected: string | null = null): string[] {
  const thisMonth = monthOf(now);
  const months = Array.from({ length: COHORT_MONTHS }, (_, i) => addMonths(thisMonth, -i));
  if (selected && !months.includes(selected)) months.push(selected);
  return months;
}
