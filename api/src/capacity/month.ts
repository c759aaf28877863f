/**
 * Months travel as `YYYY-MM` and are stored as their first day (`YYYY-MM-01`), in UTC. Years
 * 1000–2999: month arithmetic past year 9999 would write dates PostgreSQL cannot read.
 */
export const MONTH_PATTERN = /^[12]\d{3}-(0[1-9]|1[0-2])$/;

export const toDate = (month: string) => `${month}-01`;
export const toMonth = (date: string | Date) => (typeof date === 'string' ? date : date.toISOString()).slice(0, 7);

export function currentMonth(now = new Date()): string {
  return now.toISOString().slice(0, 7);
}

/** `count` months from `from` on: ['2026-11', '2026-12', …]. */
export function monthsFrom(from: string, count: number): string[] {
  const [y, m] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    return d.toISOString().slice(0, 7);
  });
}
