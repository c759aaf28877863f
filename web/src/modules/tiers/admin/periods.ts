/** Calendar helpers of the tier admin page, on `YYYY-MM-DD` strings (no time zones involved). */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, as `YYYY-MM-DD`. */
export function isoDateOf(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

export interface QuarterPeriod {
  /** e.g. "2026 Q3" */
  name: string;
  periodFrom: string;
  periodTo: string;
}

/** The last calendar quarter that ended before `today` (`YYYY-MM-DD`): the default review period. */
export function lastCompleteQuarter(today: string): QuarterPeriod {
  const [year, month] = today.split('-').map(Number);
  const current = Math.floor((month - 1) / 3); // 0…3
  const quarterYear = current === 0 ? year - 1 : year;
  const quarter = current === 0 ? 4 : current; // 1…4
  const firstMonth = (quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(quarterYear, lastMonth, 0)).getUTCDate();
  return {
    name: `${quarterYear} Q${quarter}`,
    periodFrom: `${quarterYear}-${pad(firstMonth)}-01`,
    periodTo: `${quarterYear}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}
