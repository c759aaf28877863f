import { escalationsPerProject } from './program-kpis';
import { phaseOnTimeRate, type HealthPhase } from './project-health';

/**
 * Certification-tier evidence (DESIGN.md, "CertificationTier"): the two axes measured over a
 * review period from the rows beneath, with the program's KPI functions.
 */
export interface TierEvidence {
  /** Autonomy: phases due in the period completed on time (`phaseOnTimeRate`). */
  onTimeRate: number | null;
  /** Autonomy: escalations on the projects started in the period ÷ those projects. */
  escalationsPerProject: number | null;
  /** Autonomy: projects finished in the period with no escalation and no phase reopened by the vendor. */
  autonomousShare: number | null;
  /** Value: projects finished in the period whose customer was at or above the activation threshold at the end. */
  valueShare: number | null;
  /** Value: mean monthly slots offered over the period's months (a month with no offer counts 0). */
  meanSlots: number | null;
  /** Value: 1 − coefficient of variation of those monthly offers (0–1; 1 = the same every month). */
  slotStability: number | null;
  projectsStarted: number;
  projectsFinished: number;
  phasesDecided: number;
}

export type TierComponent = Exclude<keyof TierEvidence, 'projectsStarted' | 'projectsFinished' | 'phasesDecided'>;

/** Components where lower is better; every other one is "at least". */
export const AT_MOST: readonly TierComponent[] = ['escalationsPerProject'];
export const TIER_COMPONENTS: readonly TierComponent[] = [
  'onTimeRate',
  'escalationsPerProject',
  'autonomousShare',
  'valueShare',
  'meanSlots',
  'slotStability',
];

/** One tier's thresholds: null means "not required". */
export type TierThresholds = Record<TierComponent, number | null>;

export interface TierRule {
  tier: number;
  thresholds: TierThresholds;
}

export interface EvidenceProject {
  id: string;
  customerId: string;
  startDate: string;
  phases: readonly HealthPhase[];
  escalations: number;
  /** A phase was reopened by vendor staff. */
  reopened: boolean;
}

export interface EvidenceInput {
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  today: string;
  projects: readonly EvidenceProject[];
  snapshots: readonly { customerId: string; takenOn: string; utilization: number }[];
  /** Slots offered per month of the period (YYYY-MM → sum over product lines). */
  offers: readonly { month: string; slotsOffered: number }[];
  /** The activation threshold (0–100) that "value delivered" is measured against. */
  activationThreshold: number;
}

/** The day a project finished: its last phase's completion, once every phase is done. */
export function finishedOn(phases: readonly HealthPhase[]): string | null {
  if (phases.length === 0 || phases.some((p) => p.completedOn === null)) return null;
  return phases
    .map((p) => p.completedOn!)
    .sort()
    .at(-1)!;
}

/** The months YYYY-MM from `from` to `to` (YYYY-MM-DD). */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (let month = from.slice(0, 7); month <= end;) {
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    month = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months;
}

export function tierEvidence(input: EvidenceInput): TierEvidence {
  const { from, to, today } = input;
  const allPhases = input.projects.flatMap((p) => p.phases);
  const started = input.projects.filter((p) => p.startDate >= from && p.startDate <= to);
  const finished = input.projects.filter((p) => {
    const end = finishedOn(p.phases);
    return end !== null && end >= from && end <= to;
  });
  const share = (n: number, d: number) => (d === 0 ? null : n / d);
  const atEnd = (p: EvidenceProject) => {
    const end = finishedOn(p.phases)!;
    const last = input.snapshots
      .filter((s) => s.customerId === p.customerId && s.takenOn <= end)
      .reduce<{ takenOn: string; utilization: number } | null>((a, s) => (!a || s.takenOn > a.takenOn ? s : a), null);
    return last !== null && last.utilization >= input.activationThreshold;
  };
  const months = monthsOf(from, to);
  const offered = months.map((m) =>
    input.offers.filter((o) => o.month === m).reduce((sum, o) => sum + o.slotsOffered, 0),
  );
  const mean = offered.length ? offered.reduce((a, b) => a + b, 0) / offered.length : 0;
  const sd = Math.sqrt(offered.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(offered.length, 1));
  return {
    onTimeRate: phaseOnTimeRate(allPhases, from, to, today),
    escalationsPerProject: escalationsPerProject(started),
    autonomousShare: share(finished.filter((p) => p.escalations === 0 && !p.reopened).length, finished.length),
    valueShare: share(finished.filter(atEnd).length, finished.length),
    meanSlots: months.length ? mean : null,
    slotStability: mean === 0 ? null : Math.max(0, Math.min(1, 1 - sd / mean)),
    projectsStarted: started.length,
    projectsFinished: finished.length,
    phasesDecided: allPhases.filter(
      (p) => p.dueDate >= from && p.dueDate <= to && (p.completedOn !== null || p.dueDate < today),
    ).length,
  };
}

/** A component's gap to a threshold: positive when unmet (by how much), 0 when met or not required. */
export function shortfall(component: TierComponent, actual: number | null, required: number | null): number {
  if (required === null) return 0;
  if (actual === null) return Number.POSITIVE_INFINITY;
  return AT_MOST.includes(component) ? Math.max(0, actual - required) : Math.max(0, required - actual);
}

/** The thresholds of `rule` the evidence does not meet, with the value required and the gap. */
export function unmetThresholds(
  evidence: TierEvidence,
  rule: TierRule,
): { component: TierComponent; required: number; actual: number | null; gap: number | null }[] {
  return TIER_COMPONENTS.flatMap((component) => {
    const required = rule.thresholds[component];
    const gap = shortfall(component, evidence[component], required);
    if (required === null || gap === 0) return [];
    return [{ component, required, actual: evidence[component], gap: Number.isFinite(gap) ? gap : null }];
  });
}

/** The highest tier whose thresholds the evidence all meets (and every tier below it); 1 at least. */
export function tierMet(evidence: TierEvidence, rules: readonly TierRule[]): number {
  let met = 1;
  for (const rule of [...rules].sort((a, b) => a.tier - b.tier)) {
    if (rule.tier <= 1) continue;
    if (unmetThresholds(evidence, rule).length > 0) break;
    met = rule.tier;
  }
  return met;
}
