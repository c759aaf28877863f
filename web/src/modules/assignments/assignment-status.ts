import type { AssignmentStatus } from '../../gql/graphql';

/** The API's statuses, in the order a filter lists them. */
export const ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [
  'ACTIVE',
  'COMPLETED',
  'DECLINED',
  'CANCELLED',
  'REASSIGNED',
];

/** Statuses of an assignment that has ended (a firm's history). */
export const ENDED_STATUSES: readonly AssignmentStatus[] = ['COMPLETED', 'DECLINED', 'CANCELLED', 'REASSIGNED'];

/**
 * What a person reads: ACTIVE is split by the firm's answer into "awaiting acceptance" and
 * "accepted"; the other statuses are shown as they are.
 */
export type DisplayStatus = 'AWAITING' | 'ACCEPTED' | Exclude<AssignmentStatus, 'ACTIVE'>;

export function displayStatus(a: { status: AssignmentStatus; acceptedAt?: string | null }): DisplayStatus {
  if (a.status !== 'ACTIVE') return a.status;
  return a.acceptedAt ? 'ACCEPTED' : 'AWAITING';
}

export const DISPLAY_STATUS_COLORS: Record<DisplayStatus, string> = {
  AWAITING: 'yellow',
  ACCEPTED: 'green',
  COMPLETED: 'blue',
  DECLINED: 'orange',
  CANCELLED: 'gray',
  REASSIGNED: 'grape',
};

const DAY_MS = 86_400_000;

/**
 * Whole days left to decline, counted up (a window closing in 3 hours still has 1 day); 0 once
 * the moment has passed.
 */
export function daysLeft(declineBy: string, now: Date): number {
  const ms = new Date(declineBy).getTime() - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / DAY_MS);
}

/** Whether the decline window is still open at `now`. */
export function declineOpen(declineBy: string, now: Date): boolean {
  return new Date(declineBy).getTime() >= now.getTime();
}
