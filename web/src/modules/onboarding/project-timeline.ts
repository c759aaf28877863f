/** Event kinds of a project's timeline that have a label (`onboarding.timeline.kind.<KIND>`). */
export const TIMELINE_KINDS = [
  'OPENED',
  'PHASE_COMPLETED',
  'PHASE_REOPENED',
  'WORK_LOGGED',
  'ISSUE_OPENED',
  'ISSUE_RESOLVED',
  'CHURNED',
] as const;

export type TimelineKind = (typeof TIMELINE_KINDS)[number] | 'OTHER';

/** The label key's kind; a kind a newer API adds reads as "other" until the UI knows it. */
export function timelineKind(kind: string): TimelineKind {
  return (TIMELINE_KINDS as readonly string[]).includes(kind) ? (kind as TimelineKind) : 'OTHER';
}
