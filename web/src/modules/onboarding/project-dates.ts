/**
 * Calendar days of a project, as the API counts them: dates are YYYY-MM-DD, and "today" is the UTC
 * date (the server's clock), so a countdown here matches the health badge the server derives.
 */

const DAY_MS = 86_400_000;

/** Today as the API sees it (UTC), YYYY-MM-DD. */
export function apiToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Where an open phase stands against its due date. */
export type Deadline = { kind: 'dueIn'; days: number } | { kind: 'dueToday' } | { kind: 'late'; days: number };

export function deadlineOf(dueDate: string, today: string): Deadline {
  const left = daysBetween(today, dueDate);
  if (left > 0) return { kind: 'dueIn', days: left };
  if (left === 0) return { kind: 'dueToday' };
  return { kind: 'late', days: -left };
}

/** Days a completed phase finished after its due date (0 when on time or early). */
export function daysLateOnCompletion(dueDate: string, completedOn: string): number {
  return Math.max(0, daysBetween(dueDate, completedOn));
}

/**
 * A YYYY-MM-DD day as a local-time timestamp for date formatting (`new Date('2026-05-01')` would be
 * UTC midnight, shown as the day before west of Greenwich).
 */
export function localDay(isoDate: string): string {
  return `${isoDate}T00:00:00`;
}
