import type { PartnerApplicationStatus, SelectionCriterion } from '../../gql/graphql';

/** The six selection criteria, in the order the scorecard shows them (api: SELECTION_CRITERIA). */
export const SELECTION_CRITERIA: readonly SelectionCriterion[] = [
  'DOMAIN_EXPERTISE',
  'PROJECT_MANAGEMENT',
  'COMMUNICATION',
  'HEADCOUNT_AT_START',
  'STABLE_MONTHLY_CAPACITY',
  'WILLINGNESS_TO_EXPAND',
];

/** SUBMITTED → UNDER_REVIEW (first score) → APPROVED | REJECTED. */
export const APPLICATION_STATUSES: readonly PartnerApplicationStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'APPROVED',
  'REJECTED',
];

export const SCORES = [1, 2, 3, 4, 5] as const;
export const NOTE_MAX = 2000;
export const REASON_MAX = 2000;

export function isDecided(status: PartnerApplicationStatus): boolean {
  return status === 'APPROVED' || status === 'REJECTED';
}

/** The invitation link as something to paste elsewhere: the API gives a path on this site. */
export function absoluteUrl(url: string, origin: string): string {
  return url.startsWith('/') ? `${origin}${url}` : url;
}
