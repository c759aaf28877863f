/** Derived health of an onboarding project (DESIGN.md, "KPIs"): never typed, always computed. */
export type ProjectHealth = 'ON_TRACK' | 'AT_RISK' | 'OVERDUE' | 'COMPLETED' | 'CHURNED';

export const PROJECT_HEALTHS: readonly ProjectHealth[] = ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'COMPLETED', 'CHURNED'];

/** A project is at risk when its current phase is due within this many days… */
export const AT_RISK_DAYS = 3;
/** …or when an escalation of it has been open for more than this many days. */
export const ESCALATION_RISK_DAYS = 5;

export interface HealthPhase {
  position: number;
  /** YYYY-MM-DD */
  dueDate: string;
  /** YYYY-MM-DD, or null while open. */
  completedOn: string | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** The open phase with the lowest position: the one the project is in. */
export function currentPhase<T extends HealthPhase>(phases: readonly T[]): T | null {
  return [...phases].sort((a, b) => a.position - b.position).find((p) => p.completedOn === null) ?? null;
}

/**
 * `CHURNED` when vendor staff churned it; `COMPLETED` when every phase is done; else by the current
 * phase's due date against `today` (YYYY-MM-DD): past it `OVERDUE`; due within 3 days, or an
 * escalation open since more than 5 days (`oldestOpenEscalation`, YYYY-MM-DD of its opening), `AT_RISK`.
 */
export function projectHealth(
  phases: readonly HealthPhase[],
  today: string,
  churned = false,
  oldestOpenEscalation: string | null = null,
): ProjectHealth {
  if (churned) return 'CHURNED';
  const current = currentPhase(phases);
  if (!current) return 'COMPLETED';
  const daysLeft = dayNumber(current.dueDate) - dayNumber(today);
  if (daysLeft < 0) return 'OVERDUE';
  if (daysLeft <= AT_RISK_DAYS) return 'AT_RISK';
  if (oldestOpenEscalation && dayNumber(today) - dayNumber(oldestOpenEscalation) > ESCALATION_RISK_DAYS)
    return 'AT_RISK';
  return 'ON_TRACK';
}

/**
 * Phase on-time rate: phases completed on or before their due date ÷ phases due in the period
 * (`from` ≤ due date ≤ `to`, YYYY-MM-DD) that are decided on `today`: completed (early ones count
 * at once), or still open after their due date. An open phase not yet past due is not counted yet.
 * Null when nothing is decided.
 */
export function phaseOnTimeRate(
  phases: readonly HealthPhase[],
  from: string,
  to: string,
  today: string,
): number | null {
  const decided = phases.filter(
    (p) => p.dueDate >= from && p.dueDate <= to && (p.completedOn !== null || p.dueDate < today),
  );
  if (decided.length === 0) return null;
  return decided.filter((p) => p.completedOn !== null && p.completedOn <= p.dueDate).length / decided.length;
}

/** YYYY-MM-DD `days` after `isoDate`. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}
