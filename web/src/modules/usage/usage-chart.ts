export interface WeekPoint {
  weekStart: string;
  mean: number | null;
}

/** Chart rows: one per week, the mean rounded to one decimal; weeks without a report stay gaps. */
export function chartRows(weeks: readonly WeekPoint[]): { week: string; utilization: number | null }[] {
  return weeks.map((w) => ({
    week: w.weekStart.slice(5),
    utilization: w.mean === null ? null : Math.round(w.mean * 10) / 10,
  }));
}

/** 0.42 → 42 (percent, whole); null stays null. */
export const percent = (share: number | null): number | null => (share === null ? null : Math.round(share * 100));

/** The activation line a person reads: which message key and its values. */
export function activationSummary(a: { outcome: string; day: number | null; currentDay: number; windowDays: number }): {
  key: string;
  values: Record<string, number>;
} {
  if (a.outcome === 'ACTIVATED') return { key: 'usage.panel.activated', values: { day: a.day ?? 0 } };
  if (a.outcome === 'PENDING')
    return { key: 'usage.panel.pending', values: { day: Math.max(a.currentDay, 1), window: a.windowDays } };
  return a.day === null
    ? { key: 'usage.panel.notActivated', values: { window: a.windowDays } }
    : { key: 'usage.panel.activatedLate', values: { day: a.day, window: a.windowDays } };
}
