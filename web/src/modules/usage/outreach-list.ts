import { toCsv } from '../common/csv';

export interface OutreachRow {
  projectId: string;
  customerName: string;
  partnerName: string;
  startDate: string;
  day: number;
  flag: string;
  latestUtilization: number | null;
  latestOn: string | null;
}

export type OutreachSortKey = 'customerName' | 'partnerName' | 'startDate' | 'day' | 'latestUtilization';
export interface OutreachSort {
  key: OutreachSortKey;
  direction: 'ASC' | 'DESC';
}

/** Sorted copy; rows without a report sort below every reported value. */
export function sortOutreach<T extends OutreachRow>(rows: readonly T[], sort: OutreachSort): T[] {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === y) return a.projectId.localeCompare(b.projectId);
    if (x === null) return 1;
    if (y === null) return -1;
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}

/** Rows whose customer or partner name contains the search text (case-insensitive). */
export function filterOutreach<T extends OutreachRow>(rows: readonly T[], search: string): T[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...rows];
  return rows.filter((r) => `${r.customerName} ${r.partnerName}`.toLowerCase().includes(needle));
}

/** The list as CSV, with the given (translated) header. */
export function outreachCsv(rows: readonly OutreachRow[], header: readonly string[]): string {
  return toCsv([
    header,
    ...rows.map((r) => [
      r.customerName,
      r.partnerName,
      r.startDate,
      String(r.day),
      r.flag,
      r.latestUtilization === null ? '' : String(r.latestUtilization),
      r.latestOn ?? '',
    ]),
  ]);
}
