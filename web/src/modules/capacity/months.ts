/** Months as "YYYY-MM" strings, counted in the browser's calendar. */

export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The month `offset` months after `month` ("YYYY-MM"). */
export function addMonths(month: string, offset: number): string {
  const [year, mon] = month.split('-').map(Number);
  return monthOf(new Date(year, mon - 1 + offset, 1));
}

/** `count` consecutive months from `from` on. */
export function monthsFrom(from: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(from, i));
}

/** The first day of a "YYYY-MM" month, for date formatting. */
export function monthStart(month: string): Date {
  const [year, mon] = month.split('-').map(Number);
  return new Date(year, mon - 1, 1);
}

/** Share of offered slots consumed, 0–100 (0 when nothing is offered). */
export function utilization(offered: number, consumed: number): number {
  if (offered <= 0) return 0;
  return Math.min(100, Math.round((consumed / offered) * 100));
}
