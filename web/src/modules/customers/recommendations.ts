import type { AssignmentStatus, FitComponentName } from '../../gql/graphql';
import { monthOf, monthsFrom } from '../capacity/months';

/** Recommendations may be asked for this month and the next five. */
export const RECOMMENDATION_MONTHS = 6;

export function recommendationMonths(today: Date): string[] {
  return monthsFrom(monthOf(today), RECOMMENDATION_MONTHS);
}

/** The components of a fit score in the order they are explained (the settings page's order). */
export const FIT_COMPONENTS: readonly FitComponentName[] = [
  'INDUSTRY',
  'PRODUCTS',
  'CERTIFIED',
  'REGION',
  'TIER',
  'CAPACITY',
];

/** A component list sorted in the explanation order (unknown components last, as they came). */
export function orderComponents<T extends { component: FitComponentName }>(components: readonly T[]): T[] {
  const rank = (c: T) => {
    const i = FIT_COMPONENTS.indexOf(c.component);
    return i < 0 ? FIT_COMPONENTS.length : i;
  };
  return [...components].sort((a, b) => rank(a) - rank(b));
}

/** A 0..1 share as a whole percentage, clamped. */
export function percentOf(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100);
}

/** Points with at most one decimal ("12.5", "8"). */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}

/** Colour of a 0–100 fit score: good, fair, weak. */
export function scoreColor(score: number): 'teal' | 'yellow' | 'orange' {
  if (score >= 70) return 'teal';
  if (score >= 40) return 'yellow';
  return 'orange';
}

/** The assignment that holds the customer now, if any (at most one is ACTIVE). */
export function activeAssignment<T extends { status: AssignmentStatus }>(assignments: readonly T[]): T | null {
  return assignments.find((a) => a.status === 'ACTIVE') ?? null;
}

/** The lead to preselect: the first certified consultant (the API lists the least loaded first). */
export function defaultLead(consultants: readonly { id: string }[]): string | null {
  return consultants[0]?.id ?? null;
}
