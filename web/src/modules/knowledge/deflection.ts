/** Periods the inbox can count the raise form over, in days up to today. */
export const DEFLECTION_PERIODS = [7, 30, 90] as const;
export type DeflectionPeriod = (typeof DEFLECTION_PERIODS)[number];

const DAY_MS = 86_400_000;

/** The `from`/`to` days (YYYY-MM-DD, UTC, both included) of the last `days` days ending today. */
export function periodRange(days: number, now: Date): { from: string; to: string } {
  const to = now.toISOString().slice(0, 10);
  const from = new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}
