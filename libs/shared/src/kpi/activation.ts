import { addDays } from './project-health';

/** Where a project stands against "activation within X days" (DESIGN.md, "KPIs"). */
export type ActivationOutcome = 'ACTIVATED' | 'NOT_ACTIVATED' | 'PENDING';

export const ACTIVATION_OUTCOMES: readonly ActivationOutcome[] = ['ACTIVATED', 'NOT_ACTIVATED', 'PENDING'];

/** The program's activation rule: utilization ≥ `threshold` (0–100) within `windowDays` of the start. */
export interface ActivationRule {
  threshold: number;
  windowDays: number;
}

export interface UtilizationPoint {
  /** YYYY-MM-DD */
  takenOn: string;
  /** 0–100 */
  utilization: number;
}

export interface ActivationResult {
  outcome: ActivationOutcome;
  /** The first report on or after the start at or above the threshold (even after the window). */
  activatedOn: string | null;
  /** `activatedOn` as a project day: day 1 is the start date. */
  day: number | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** Day N of a project (day 1 is its start date), as phase due days count. */
export function projectDay(startDate: string, isoDate: string): number {
  return dayNumber(isoDate) - dayNumber(startDate) + 1;
}

/** The last day that still counts for activation: start + windowDays − 1. */
export function activationDeadline(startDate: string, windowDays: number): string {
  return addDays(startDate, windowDays - 1);
}

/**
 * A project's activation: `ACTIVATED` when the customer's utilization first reached the threshold
 * on or before the window's last day (start + windowDays − 1); otherwise `NOT_ACTIVATED` once that
 * day is before `today` or the project is churned; otherwise `PENDING`. Reports before the start
 * date do not count. `activatedOn`/`day` are filled whenever the threshold was reached, even late.
 */
export function activationOutcome(
  project: { startDate: string; churned: boolean },
  snapshots: readonly UtilizationPoint[],
  settings: ActivationRule,
  today: string,
): ActivationResult {
  const first = snapshots
    .filter((s) => s.takenOn >= project.startDate && s.utilization >= settings.threshold)
    .reduce<string | null>((min, s) => (min === null || s.takenOn < min ? s.takenOn : min), null);
  const deadline = activationDeadline(project.startDate, settings.windowDays);
  const day = first === null ? null : projectDay(project.startDate, first);
  if (first !== null && first <= deadline) return { outcome: 'ACTIVATED', activatedOn: first, day };
  const closed = deadline < today || project.churned;
  return { outcome: closed ? 'NOT_ACTIVATED' : 'PENDING', activatedOn: first, day };
}

/** Activated ÷ (activated + not activated); pending projects do not count yet. Null when none decided. */
export function activationRate(outcomes: readonly ActivationOutcome[]): number | null {
  const activated = outcomes.filter((o) => o === 'ACTIVATED').length;
  const decided = activated + outcomes.filter((o) => o === 'NOT_ACTIVATED').length;
  return decided === 0 ? null : activated / decided;
}

/** Check points at which a not-yet-activated customer is flagged for vendor outreach. */
export type OutreachFlag = 'DAY_30' | 'DAY_60';

export const OUTREACH_FLAGS: readonly OutreachFlag[] = ['DAY_30', 'DAY_60'];

const OUTREACH_DAYS: Record<OutreachFlag, number> = { DAY_30: 30, DAY_60: 60 };

/**
 * The latest outreach flag of a project on `today`: `DAY_60` from day 60 (start + 59), else
 * `DAY_30` from day 30 (start + 29), while the customer has not reached the threshold (so it was
 * below it on that check day too) and activation is still `PENDING`: an activated customer needs
 * no outreach, and a churned project or a closed window has nothing left to save. Null otherwise.
 */
export function outreachFlag(
  project: { startDate: string; churned: boolean },
  snapshots: readonly UtilizationPoint[],
  settings: ActivationRule,
  today: string,
): OutreachFlag | null {
  const { outcome, activatedOn } = activationOutcome(project, snapshots, settings, today);
  if (outcome !== 'PENDING' || activatedOn !== null) return null;
  const day = projectDay(project.startDate, today);
  if (day >= OUTREACH_DAYS.DAY_60) return 'DAY_60';
  if (day >= OUTREACH_DAYS.DAY_30) return 'DAY_30';
  return null;
}
