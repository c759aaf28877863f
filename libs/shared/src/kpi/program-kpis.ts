/**
 * The program's KPIs (DESIGN.md, "KPIs"), one definition each. The dashboards' SQL must give the
 * same numbers (`api/test/kpi-agreement.e2e-spec.ts` holds both to it on generated data).
 * Every rate is a fraction 0–1 and every function answers null when its denominator is empty.
 */

/** Capacity utilization: slots consumed ÷ slots offered (per partner per month, or summed). */
export function capacityUtilization(plans: readonly { slotsOffered: number; slotsConsumed: number }[]): number | null {
  const offered = plans.reduce((sum, p) => sum + p.slotsOffered, 0);
  if (offered === 0) return null;
  return plans.reduce((sum, p) => sum + p.slotsConsumed, 0) / offered;
}

/** CSAT: the mean rating (1–5) of the answered surveys that rated. */
export function csat(answers: readonly { csat: number | null }[]): number | null {
  const rated = answers.map((a) => a.csat).filter((v): v is number => v !== null);
  if (rated.length === 0) return null;
  return rated.reduce((sum, v) => sum + v, 0) / rated.length;
}

/** A promoter scores 9–10, a detractor 0–6. */
export const NPS_PROMOTER_MIN = 9;
export const NPS_DETRACTOR_MAX = 6;

/** NPS: % promoters − % detractors of the answers that scored (−100 … 100). */
export function nps(answers: readonly { nps: number | null }[]): number | null {
  const scored = answers.map((a) => a.nps).filter((v): v is number => v !== null);
  if (scored.length === 0) return null;
  const promoters = scored.filter((v) => v >= NPS_PROMOTER_MIN).length;
  const detractors = scored.filter((v) => v <= NPS_DETRACTOR_MAX).length;
  return ((promoters - detractors) * 100) / scored.length;
}

/** Escalations per project: escalations raised on the projects ÷ those projects. */
export function escalationsPerProject(projects: readonly { escalations: number }[]): number | null {
  if (projects.length === 0) return null;
  return projects.reduce((sum, p) => sum + p.escalations, 0) / projects.length;
}

/** `YYYY-MM` of a `YYYY-MM-DD` day (a cohort month, a capacity month). */
export const monthOf = (isoDate: string): string => isoDate.slice(0, 7);
