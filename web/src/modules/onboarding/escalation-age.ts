export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The part of i18next's `t` the helpers need (a fake in tests). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface DurationParts {
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes of a span (rounded down; a negative span counts as none). */
export function durationParts(ms: number): DurationParts {
  const total = Math.max(0, Math.floor(ms / MINUTE_MS));
  return { days: Math.floor(total / (24 * 60)), hours: Math.floor(total / 60) % 24, minutes: total % 60 };
}

/** "3 d 4 h" past a day, "5 h" past an hour, else "12 min" (in the UI language). */
export function formatDuration(ms: number, t: Translate): string {
  const { days, hours, minutes } = durationParts(ms);
  if (days > 0) return t('escalations.duration.daysHours', { days, hours });
  if (hours > 0) return t('escalations.duration.hours', { hours });
  return t('escalations.duration.minutes', { minutes });
}

/** Milliseconds from one instant to another (ISO 8601 or a date). */
export function msBetween(from: string, to: string | Date): number {
  return (typeof to === 'string' ? Date.parse(to) : to.getTime()) - Date.parse(from);
}

interface Timed {
  createdAt: string;
  firstResponseAt?: string | null;
  resolvedAt?: string | null;
}

/** How long an escalation has been open: until now, or until it was resolved. */
export function ageMs(e: Timed, now: Date): number {
  return msBetween(e.createdAt, e.resolvedAt ?? now);
}

/** How long the vendor took to answer first; null while nobody has. */
export function firstResponseMs(e: Timed): number | null {
  return e.firstResponseAt ? msBetween(e.createdAt, e.firstResponseAt) : null;
}

/** Hours with one decimal, for exports and stats ("26.5"). */
export function hoursOf(ms: number): number {
  return Math.round((Math.max(0, ms) / HOUR_MS) * 10) / 10;
}
