/** Pure helpers of the dashboards: periods, figures and the shapes charts want. */

/** YYYY-MM `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every YYYY-MM from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length < 48; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The default period: the last six months up to the current one. */
export function defaultPeriod(today: Date): { fromMonth: string; toMonth: string } {
  const toMonth = today.toISOString().slice(0, 7);
  return { fromMonth: addMonths(toMonth, -5), toMonth };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The period of the URL, or the default one when it is missing or not a valid YYYY-MM pair. */
export function periodOf(params: URLSearchParams, today: Date): { fromMonth: string; toMonth: string } {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return MONTH.test(from) && MONTH.test(to) && from <= to ? { fromMonth: from, toMonth: to } : defaultPeriod(today);
}

/** A rate 0–1 as a whole percentage for charts (null stays null: nothing to measure). */
export const percentValue = (rate: number | null | undefined): number | null =>
  rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;

/** Capacity per firm over the period: offered and consumed summed, utilization of the sums. */
export function capacityByPartner(
  rows: readonly { partnerId: string; partnerName: string; offered: number; consumed: number }[],
): { partnerId: string; partnerName: string; offered: number; consumed: number; utilization: number | null }[] {
  const byFirm = new Map<string, { partnerId: string; partnerName: string; offered: number; consumed: number }>();
  for (const r of rows) {
    const firm = byFirm.get(r.partnerId) ?? {
      partnerId: r.partnerId,
      partnerName: r.partnerName,
      offered: 0,
      consumed: 0,
    };
    firm.offered += r.offered;
    firm.consumed += r.consumed;
    byFirm.set(r.partnerId, firm);
  }
  return [...byFirm.values()].map((f) => ({ ...f, utilization: f.offered === 0 ? null : f.consumed / f.offered }));
}

/** Capacity per month over the firms shown (the partner scorecard's trend). */
export function capacityByMonth(
  rows: readonly { month: string; offered: number; consumed: number }[],
): { month: string; offered: number; consumed: number; utilization: number | null }[] {
  const byMonth = new Map<string, { month: string; offered: number; consumed: number }>();
  for (const r of rows) {
    const m = byMonth.get(r.month) ?? { month: r.month, offered: 0, consumed: 0 };
    m.offered += r.offered;
    m.consumed += r.consumed;
    byMonth.set(r.month, m);
  }
  return [...byMonth.values()]
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((m) => ({ ...m, utilization: m.offered === 0 ? null : m.consumed / m.offered }));
}

export type SortDirection = 'ASC' | 'DESC';

/** Rows sorted by one value; nulls last whatever the direction. */
export function sortRows<T>(
  rows: readonly T[],
  value: (row: T) => string | number | null,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}

/** Firms a by-firm chart draws at most; its table lists every firm. */
export const CHART_FIRMS = 15;

/** The `n` rows with the largest values, largest first (a chart of the program's 1,000 firms stays legible). */
export function largest<T>(rows: readonly T[], value: (row: T) => number | null, n = CHART_FIRMS): T[] {
  return sortRows(rows, value, 'DESC').slice(0, n);
}
