/** Pure helpers of the vendor capacity calendar: range stepping, URL state, shortfall, sort, filter, CSV. */
import { addMonths } from './months';

/** How many months the calendar can show at once. */
export const CALENDAR_SPANS = [3, 6, 12] as const;
export type CalendarSpan = (typeof CALENDAR_SPANS)[number];
export const DEFAULT_SPAN: CalendarSpan = 6;

export type CalendarSortField = 'name' | 'free';
export type CalendarSortDirection = 'asc' | 'desc';

/** What the calendar shows, kept in the URL: first month, span, firm filter and sort. */
export interface CalendarQuery {
  from: string;
  span: CalendarSpan;
  search: string;
  sort: CalendarSortField;
  direction: CalendarSortDirection;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isSpan(value: number): value is CalendarSpan {
  return (CALENDAR_SPANS as readonly number[]).includes(value);
}

/** Reads the calendar's query string; anything missing or malformed falls back to the default. */
export function parseCalendarQuery(params: URLSearchParams, thisMonth: string): CalendarQuery {
  const from = params.get('from') ?? '';
  const span = Number(params.get('months'));
  const sort = params.get('sort');
  const direction = params.get('dir');
  return {
    from: MONTH.test(from) ? from : thisMonth,
    span: isSpan(span) ? span : DEFAULT_SPAN,
    search: params.get('q') ?? '',
    sort: sort === 'free' ? 'free' : 'name',
    direction: direction === 'desc' ? 'desc' : direction === 'asc' ? 'asc' : sort === 'free' ? 'desc' : 'asc',
  };
}

/** Writes the query string, leaving defaults out so the plain URL stays plain. */
export function calendarParams(query: CalendarQuery, thisMonth: string): URLSearchParams {
  const params = new URLSearchParams();
  if (query.from !== thisMonth) params.set('from', query.from);
  if (query.span !== DEFAULT_SPAN) params.set('months', String(query.span));
  if (query.search.trim()) params.set('q', query.search);
  if (query.sort !== 'name') params.set('sort', query.sort);
  if (query.direction !== defaultDirection(query.sort)) params.set('dir', query.direction);
  return params;
}

/** Names read A→Z; free slots read most first. */
export function defaultDirection(field: CalendarSortField): CalendarSortDirection {
  return field === 'free' ? 'desc' : 'asc';
}

/** The first month after moving the window a whole span back (-1) or forward (+1). */
export function stepRange(from: string, span: number, step: -1 | 1): string {
  return addMonths(from, step * span);
}

/** The months a window shows, first and last ("2026-11" … "2027-04"). */
export function rangeEnd(from: string, span: number): string {
  return addMonths(from, span - 1);
}

export interface CalendarCellData {
  month: string;
  offered: number;
  consumed: number;
  free: number;
}

export interface CalendarRowData {
  partner: { id: string; name: string; tier?: number | null };
  months: CalendarCellData[];
}

export interface CalendarTotalData extends CalendarCellData {
  demand: number;
}

/** Demand the free slots of the month cannot absorb (0 when they can). */
export function shortfall(total: Pick<CalendarTotalData, 'free' | 'demand'>): number {
  return Math.max(0, total.demand - Math.max(0, total.free));
}

/** A cell's state: nothing offered, every slot consumed, or slots left. */
export type CellState = 'none' | 'full' | 'open';

export function cellState(cell: Pick<CalendarCellData, 'offered' | 'free'>): CellState {
  if (cell.offered <= 0) return 'none';
  return cell.free <= 0 ? 'full' : 'open';
}

/** Free slots of a firm over the months shown. */
export function freeInRange(row: CalendarRowData): number {
  return row.months.reduce((sum, m) => sum + m.free, 0);
}

/** Firms whose name holds the search text (case- and width-insensitive). */
export function filterRows<R extends CalendarRowData>(rows: readonly R[], search: string): R[] {
  const needle = normalize(search.trim());
  if (!needle) return [...rows];
  return rows.filter((row) => normalize(row.partner.name).includes(needle));
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/** Firms by name, or by free slots over the range (ties by name). */
export function sortRows<R extends CalendarRowData>(
  rows: readonly R[],
  field: CalendarSortField,
  direction: CalendarSortDirection,
  locale?: string,
): R[] {
  const sign = direction === 'asc' ? 1 : -1;
  const byName = (a: R, b: R) => a.partner.name.localeCompare(b.partner.name, locale);
  return [...rows].sort((a, b) => {
    if (field === 'free') {
      const diff = freeInRange(a) - freeInRange(b);
      if (diff !== 0) return sign * diff;
      return byName(a, b);
    }
    return sign * byName(a, b);
  });
}

/** The CSV's column and row labels, already in the user's language. */
export interface CalendarCsvLabels {
  firm: string;
  tier: string;
  offered: string;
  consumed: string;
  free: string;
  total: string;
  demand: string;
  shortfall: string;
}

/**
 * The grid as CSV rows: one line per firm with offered / consumed / free for each month,
 * then the totals of every active firm, the demand and the shortfall per month.
 */
export function calendarCsvRows(
  months: readonly string[],
  rows: readonly CalendarRowData[],
  totals: readonly CalendarTotalData[],
  labels: CalendarCsvLabels,
): string[][] {
  const header = [
    labels.firm,
    labels.tier,
    ...months.flatMap((m) => [`${m} ${labels.offered}`, `${m} ${labels.consumed}`, `${m} ${labels.free}`]),
  ];
  const triple = (cells: readonly CalendarCellData[]) =>
    months.flatMap((m) => {
      const cell = cells.find((c) => c.month === m);
      return cell ? [String(cell.offered), String(cell.consumed), String(cell.free)] : ['0', '0', '0'];
    });
  const perMonth = (pick: (total: CalendarTotalData) => number) =>
    months.flatMap((m) => {
      const total = totals.find((c) => c.month === m);
      return [String(total ? pick(total) : 0), '', ''];
    });
  return [
    header,
    ...rows.map((row) => [
      row.partner.name,
      row.partner.tier == null ? '' : String(row.partner.tier),
      ...triple(row.months),
    ]),
    [labels.total, '', ...triple(totals)],
    [labels.demand, '', ...perMonth((total) => total.demand)],
    [labels.shortfall, '', ...perMonth(shortfall)],
  ];
}

/** One point per month for the chart of total offered, consumed and demand. */
export function chartData(totals: readonly CalendarTotalData[], label: (month: string) => string) {
  return totals.map((total) => ({
    month: label(total.month),
    offered: total.offered,
    consumed: total.consumed,
    demand: total.demand,
  }));
}
