import type { UtilizationPoint } from './activation';

/** One calendar week (Monday to Sunday) of a customer's utilization reports. */
export interface UsageWeek {
  /** YYYY-MM-DD, a Monday. */
  weekStart: string;
  /** Mean utilization of the week's reports; null when none came. */
  mean: number | null;
  reports: number;
}

export type UsageTrend = 'UP' | 'FLAT' | 'DOWN';

/** The health markers of a customer's utilization (the early warning before a customer is lost). */
export interface UsageMarkers {
  /** Latest reported utilization and its date; null without reports. */
  level: number | null;
  levelOn: string | null;
  /** Least-squares slope of the weekly means over the last `TREND_WEEKS` weeks, in points per week. */
  trendPerWeek: number | null;
  trend: UsageTrend | null;
  /** Weeks with a report ÷ weeks, over the last `REGULARITY_WEEKS` weeks (since the first report). */
  reportingShare: number | null;
  /** Coefficient of variation (σ ÷ mean) of those weeks' means: 0 is perfectly steady. */
  variation: number | null;
  /** STEADY when reporting share ≥ 0.75 and variation ≤ 0.25. */
  regular: boolean | null;
  /** See `sharpDrop`. */
  alarm: boolean;
  /** How far (0–1) the latest week fell below the previous weeks' mean; null when not comparable. */
  drop: number | null;
}

export const TREND_WEEKS = 6;
export const REGULARITY_WEEKS = 8;
/** A slope of at least this many points per week, up or down, is a trend. */
export const TREND_STEP = 1;
/** The sharp-drop alarm fires at a fall of this share or more. */
export const SHARP_DROP = 0.3;
export const DROP_BASELINE_WEEKS = 3;

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 1970-01-01 was a Thursday: Monday is 3 days earlier. */
const mondayOf = (day: number) => day - ((day + 3) % 7);
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The Monday of the week holding `isoDate`. */
export function weekStartOf(isoDate: string): string {
  return isoOf(mondayOf(dayNumber(isoDate)));
}

/**
 * Weekly series from the week of the first report through the week of `today` (reports after
 * `today` are ignored), one entry per calendar week, weeks without a report included (mean null).
 */
export function weeklyUsage(snapshots: readonly UtilizationPoint[], today: string): UsageWeek[] {
  const points = snapshots.filter((s) => s.takenOn <= today);
  if (points.length === 0) return [];
  const first = mondayOf(Math.min(...points.map((p) => dayNumber(p.takenOn))));
  const last = mondayOf(dayNumber(today));
  const buckets = new Map<number, number[]>();
  for (const p of points) {
    const week = mondayOf(dayNumber(p.takenOn));
    buckets.set(week, [...(buckets.get(week) ?? []), p.utilization]);
  }
  const weeks: UsageWeek[] = [];
  for (let w = first; w <= last; w += 7) {
    const values = buckets.get(w) ?? [];
    weeks.push({ weekStart: isoOf(w), mean: values.length ? mean(values) : null, reports: values.length });
  }
  return weeks;
}

/** Least-squares slope (points per week) of the reported weeks among the last `TREND_WEEKS`; null under 2. */
export function weeklyTrend(weeks: readonly UsageWeek[]): number | null {
  const recent = weeks
    .slice(-TREND_WEEKS)
    .map((w, x) => ({ x, y: w.mean }))
    .filter((p): p is { x: number; y: number } => p.y !== null);
  if (recent.length < 2) return null;
  const mx = mean(recent.map((p) => p.x));
  const my = mean(recent.map((p) => p.y));
  const sxx = recent.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return recent.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
}

/**
 * Week-to-week regularity over the last `REGULARITY_WEEKS` weeks: the share of weeks with a report,
 * and the coefficient of variation of their means (null under 2 reported weeks or a zero mean).
 */
export function regularity(weeks: readonly UsageWeek[]): { reportingShare: number | null; variation: number | null } {
  const recent = weeks.slice(-REGULARITY_WEEKS);
  if (recent.length === 0) return { reportingShare: null, variation: null };
  const means = recent.map((w) => w.mean).filter((m): m is number => m !== null);
  const reportingShare = means.length / recent.length;
  if (means.length < 2 || mean(means) === 0) return { reportingShare, variation: null };
  const m = mean(means);
  const sd = Math.sqrt(mean(means.map((v) => (v - m) ** 2)));
  return { reportingShare, variation: sd / m };
}

/**
 * The sharp-drop rule: take the latest week with a report (L) and the reported weeks among the 3
 * calendar weeks just before it (the baseline, at least one needed, with a mean above 0). The
 * alarm fires when L's mean is at least 30 % below the baseline's mean
 * (mean(L) ≤ 0.7 × mean(baseline)). `drop` is 1 − mean(L) ÷ mean(baseline) (negative for a rise).
 */
export function sharpDrop(weeks: readonly UsageWeek[]): { alarm: boolean; drop: number | null } {
  let latest = weeks.length - 1;
  while (latest >= 0 && weeks[latest].mean === null) latest--;
  if (latest < 0) return { alarm: false, drop: null };
  const baseline = weeks
    .slice(Math.max(0, latest - DROP_BASELINE_WEEKS), latest)
    .map((w) => w.mean)
    .filter((m): m is number => m !== null);
  if (baseline.length === 0 || mean(baseline) === 0) return { alarm: false, drop: null };
  const drop = 1 - weeks[latest].mean! / mean(baseline);
  return { alarm: drop >= SHARP_DROP - 1e-9, drop };
}

/** Every marker of a customer's utilization on `today`. */
export function usageMarkers(snapshots: readonly UtilizationPoint[], today: string): UsageMarkers {
  const points = snapshots.filter((s) => s.takenOn <= today);
  const latest = points.reduce<UtilizationPoint | null>((a, s) => (a === null || s.takenOn > a.takenOn ? s : a), null);
  const weeks = weeklyUsage(points, today);
  const trendPerWeek = weeklyTrend(weeks);
  const { reportingShare, variation } = regularity(weeks);
  const { alarm, drop } = sharpDrop(weeks);
  return {
    level: latest?.utilization ?? null,
    levelOn: latest?.takenOn ?? null,
    trendPerWeek,
    trend:
      trendPerWeek === null ? null : trendPerWeek >= TREND_STEP ? 'UP' : trendPerWeek <= -TREND_STEP ? 'DOWN' : 'FLAT',
    reportingShare,
    variation,
    regular: reportingShare === null || variation === null ? null : reportingShare >= 0.75 && variation <= 0.25,
    alarm,
    drop,
  };
}
