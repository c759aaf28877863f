import type { WorkKind } from '../../gql/graphql';
import { WORK_KINDS } from './project-work';

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

/** What the timeline shows for one event: a phase (named in the UI language), a work entry, or the raw detail. */
export type EventDetail<P> =
  | { type: 'phase'; phase: P; rest: string | null }
  | { type: 'work'; kind: WorkKind; hours: number }
  | { type: 'text'; text: string }
  | { type: 'none' };

/**
 * Reads the API's event detail: phase events carry the English phase name (reopening adds
 * ": reason"), work entries "KIND 1.5h"; anything else is shown as written.
 */
export function eventDetail<P extends { nameEn: string }>(
  kind: string,
  detail: string | null | undefined,
  phases: readonly P[],
): EventDetail<P> {
  if (!detail) return { type: 'none' };
  if (kind === 'PHASE_COMPLETED' || kind === 'PHASE_REOPENED') {
    const phase = [...phases]
      .sort((a, b) => b.nameEn.length - a.nameEn.length)
      .find((p) => detail === p.nameEn || detail.startsWith(`${p.nameEn}: `));
    if (phase) {
      const rest = detail.slice(phase.nameEn.length).replace(/^: /, '');
      return { type: 'phase', phase, rest: rest || null };
    }
  }
  if (kind === 'WORK_LOGGED') {
    const match = /^([A-Z_]+) (\d+(?:\.\d+)?)h$/.exec(detail);
    if (match && (WORK_KINDS as readonly string[]).includes(match[1]))
      return { type: 'work', kind: match[1] as WorkKind, hours: Number(match[2]) };
  }
  return { type: 'text', text: detail };
}
