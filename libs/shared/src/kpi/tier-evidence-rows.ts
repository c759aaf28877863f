import { finishedOn, monthsOf, type EvidenceInput, type EvidenceProject, type TierEvidence } from './tier-evidence';

/** What one project contributes to a firm's tier evidence over a period (the drill-down rows). */
export interface TierProjectRow {
  id: string;
  customerId: string;
  startDate: string;
  /** Counts in escalations per project. */
  startedInPeriod: boolean;
  escalations: number;
  reopened: boolean;
  /** Its phases due in the period that are decided, and how many of those were on time. */
  phasesDecided: number;
  phasesOnTime: number;
  finishedOn: string | null;
  /** Counts in the autonomous and value shares. */
  finishedInPeriod: boolean;
  /** Finished in the period with no escalation and no vendor reopening; null when not finished in it. */
  autonomous: boolean | null;
  /** The customer's last utilization reported on or before the finish; null when none or not finished. */
  utilizationAtEnd: number | null;
  /** At or above the activation threshold at the end; null when not finished in the period. */
  valueDelivered: boolean | null;
}

function projectRow(input: EvidenceInput, p: EvidenceProject): TierProjectRow {
  const { from, to, today } = input;
  const decided = p.phases.filter(
    (ph) => ph.dueDate >= from && ph.dueDate <= to && (ph.completedOn !== null || ph.dueDate < today),
  );
  const end = finishedOn(p.phases);
  const finishedInPeriod = end !== null && end >= from && end <= to;
  const last = finishedInPeriod
    ? input.snapshots
        .filter((s) => s.customerId === p.customerId && s.takenOn <= end)
        .reduce<{ takenOn: string; utilization: number } | null>((a, s) => (!a || s.takenOn > a.takenOn ? s : a), null)
    : null;
  return {
    id: p.id,
    customerId: p.customerId,
    startDate: p.startDate,
    startedInPeriod: p.startDate >= from && p.startDate <= to,
    escalations: p.escalations,
    reopened: p.reopened,
    phasesDecided: decided.length,
    phasesOnTime: decided.filter((ph) => ph.completedOn !== null && ph.completedOn <= ph.dueDate).length,
    finishedOn: end,
    finishedInPeriod,
    autonomous: finishedInPeriod ? p.escalations === 0 && !p.reopened : null,
    utilizationAtEnd: last?.utilization ?? null,
    valueDelivered: finishedInPeriod ? last !== null && last.utilization >= input.activationThreshold : null,
  };
}

/**
 * The rows beneath `tierEvidence`: each project that touches the period (started, had a phase
 * decided or finished in it) and each month's offered slots. Their totals rebuild the evidence.
 */
export function tierEvidenceRows(input: EvidenceInput): {
  projects: TierProjectRow[];
  months: { month: string; slotsOffered: number }[];
} {
  const projects = input.projects
    .map((p) => projectRow(input, p))
    .filter((r) => r.startedInPeriod || r.phasesDecided > 0 || r.finishedInPeriod)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  const months = monthsOf(input.from, input.to).map((month) => ({
    month,
    slotsOffered: input.offers.filter((o) => o.month === month).reduce((sum, o) => sum + o.slotsOffered, 0),
  }));
  return { projects, months };
}

/** The evidence totals rebuilt from the drill-down rows (what an auditor can check by hand). */
export function evidenceFromRows(rows: ReturnType<typeof tierEvidenceRows>): TierEvidence {
  const { projects, months } = rows;
  const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);
  const share = (n: number, d: number) => (d === 0 ? null : n / d);
  const started = projects.filter((p) => p.startedInPeriod);
  const finished = projects.filter((p) => p.finishedInPeriod);
  const decided = sum(projects, (p) => p.phasesDecided);
  const slots = months.map((m) => m.slotsOffered);
  const mean = slots.length ? sum(slots, (s) => s) / slots.length : 0;
  const sd = Math.sqrt(sum(slots, (v) => (v - mean) ** 2) / Math.max(slots.length, 1));
  return {
    onTimeRate: share(
      sum(projects, (p) => p.phasesOnTime),
      decided,
    ),
    escalationsPerProject: share(
      sum(started, (p) => p.escalations),
      started.length,
    ),
    autonomousShare: share(finished.filter((p) => p.autonomous).length, finished.length),
    valueShare: share(finished.filter((p) => p.valueDelivered).length, finished.length),
    meanSlots: months.length ? mean : null,
    slotStability: mean === 0 ? null : Math.max(0, Math.min(1, 1 - sd / mean)),
    projectsStarted: started.length,
    projectsFinished: finished.length,
    phasesDecided: decided,
  };
}
