/** Rules of the statement screens that need no React: the month in the URL, sorting, totals. */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return !!value && MONTH.test(value);
}

/** "YYYY-MM" of a date in the browser's calendar. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The month of `?month=`, or the current month when it is missing or malformed. */
export function monthParam(params: URLSearchParams, today: Date): string {
  const value = params.get('month');
  return isMonth(value) ? value : monthOf(today);
}

/** A "YYYY-MM-DD" day as a local date (not UTC midnight, which shifts the day west of Greenwich). */
export function localDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

export interface StatementRow {
  partnerId: string;
  partnerName: string;
  completedCount: number;
  baseFee: number;
  total: number;
}

export type StatementSortKey = 'partnerName' | 'completedCount' | 'baseFee' | 'total';
export type SortDirection = 'ASC' | 'DESC';
export interface StatementSort {
  key: StatementSortKey;
  direction: SortDirection;
}

export function sortStatements<T extends StatementRow>(rows: readonly T[], sort: StatementSort | null): T[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * sign;
  });
}

/** Clicking a sorted column turns it around; another column starts ascending. */
export function nextSort(current: StatementSort | null, key: StatementSortKey): StatementSort {
  return { key, direction: current?.key === key && current.direction === 'ASC' ? 'DESC' : 'ASC' };
}

export function grandTotal(rows: readonly { total: number; completedCount: number }[]): {
  total: number;
  completedCount: number;
} {
  return rows.reduce(
    (sum, r) => ({ total: sum.total + r.total, completedCount: sum.completedCount + r.completedCount }),
    {
      total: 0,
      completedCount: 0,
    },
  );
}

/** Opens a firm's lines, or closes them when open. */
export function toggleOpen(open: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(open);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
