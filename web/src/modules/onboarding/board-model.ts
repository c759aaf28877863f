import type { ProjectHealth } from '../../gql/graphql';

/**
 * The partner's project board as pure data: which column a project stands in, the "due soon"
 * list and the client-side filters. Dates are YYYY-MM-DD and "today" is the UTC date (the server's
 * clock), so the countdowns agree with the health the server derives.
 */

const DAY_MS = 86_400_000;

/** Projects whose current phase is due within this many days (or overdue) are "due soon". */
export const DUE_SOON_DAYS = 7;

/** Badge colors per health: on track green, at risk yellow, overdue red, completed blue, churned gray. */
export const BOARD_HEALTH_COLORS: Record<ProjectHealth, string> = {
  ON_TRACK: 'green',
  AT_RISK: 'yellow',
  OVERDUE: 'red',
  COMPLETED: 'blue',
  CHURNED: 'gray',
};

export const BOARD_HEALTHS: readonly ProjectHealth[] = ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'COMPLETED', 'CHURNED'];

export interface BoardPhase {
  position: number;
  nameEn: string;
  nameJa: string;
  dueDate: string;
}

export interface BoardProjectLike {
  id: string;
  health: ProjectHealth;
  startDate: string;
  currentPhase?: BoardPhase | null;
  phases: readonly { position: number; completedOn?: string | null; dueDate: string }[];
  customer?: { id: string; companyName: string } | null;
  leadConsultant?: { id: string; displayName: string } | null;
}

export interface TemplatePhaseLike {
  position: number;
  nameEn: string;
  nameJa: string;
  dueDay: number;
}

/** A column's key: a phase position, "done" (completed) or "churned". */
export type ColumnKey = number | 'done' | 'churned';

export interface BoardColumn<P extends BoardProjectLike> {
  key: ColumnKey;
  /** The template's phase of this position (null: only older template versions have it). */
  phase: { nameEn: string; nameJa: string; dueDay: number | null } | null;
  projects: P[];
}

export interface BoardFilter {
  health: ProjectHealth | null;
  /** A lead consultant's id. */
  lead: string | null;
  showChurned: boolean;
}

/** Today as the API sees it (UTC), YYYY-MM-DD. */
export function boardToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD); negative when `to` is earlier. */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Where a due date stands: due in N days (0: today) or N days late. */
export type DueText = { kind: 'dueIn'; days: number } | { kind: 'dueToday' } | { kind: 'late'; days: number };

export function dueText(dueDate: string, today: string): DueText {
  const left = daysFrom(today, dueDate);
  if (left > 0) return { kind: 'dueIn', days: left };
  if (left === 0) return { kind: 'dueToday' };
  return { kind: 'late', days: -left };
}

/** The column a project stands in: its current phase, or done / churned. */
export function columnOf(project: BoardProjectLike): ColumnKey {
  if (project.health === 'CHURNED') return 'churned';
  if (project.health === 'COMPLETED' || !project.currentPhase) return 'done';
  return project.currentPhase.position;
}

/** The day the last phase was completed (a completed project's end), if any. */
export function completedOn(project: BoardProjectLike): string | null {
  const dates = project.phases.map((p) => p.completedOn).filter((d): d is string => !!d);
  return dates.length ? dates.sort().at(-1)! : null;
}

/** Applies the health and lead filters (churned ones only when shown or asked for). */
export function filterProjects<P extends BoardProjectLike>(projects: readonly P[], filter: BoardFilter): P[] {
  return projects.filter(
    (p) =>
      (filter.health ? p.health === filter.health : filter.showChurned || p.health !== 'CHURNED') &&
      (!filter.lead || p.leadConsultant?.id === filter.lead),
  );
}

export function sameFilter(a: BoardFilter, b: BoardFilter): boolean {
  return a.health === b.health && a.lead === b.lead && a.showChurned === b.showChurned;
}

/** Churned projects get their column when the toggle is on or the health filter asks for them. */
export function showsChurned(filter: BoardFilter): boolean {
  return filter.showChurned || filter.health === 'CHURNED';
}

/** Most urgent first: by the current phase's due date, then by company. */
function byUrgency(a: BoardProjectLike, b: BoardProjectLike): number {
  const due = (p: BoardProjectLike) => p.currentPhase?.dueDate ?? completedOn(p) ?? p.startDate;
  return due(a).localeCompare(due(b)) || (a.customer?.companyName ?? '').localeCompare(b.customer?.companyName ?? '');
}

/**
 * One column per phase of the current template, plus any phase position only projects of an
 * older (longer) template version stand in, then "Completed" (and "Churned" when shown).
 */
export function buildColumns<P extends BoardProjectLike>(
  templatePhases: readonly TemplatePhaseLike[],
  projects: readonly P[],
  showChurned: boolean,
): BoardColumn<P>[] {
  const positions = new Set(templatePhases.map((p) => p.position));
  for (const p of projects) {
    const key = columnOf(p);
    if (typeof key === 'number') positions.add(key);
  }
  const byKey = new Map<ColumnKey, P[]>();
  for (const p of projects) {
    const key = columnOf(p);
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const phaseColumns: BoardColumn<P>[] = [...positions]
    .sort((a, b) => a - b)
    .map((position) => {
      const template = templatePhases.find((p) => p.position === position);
      const fallback = projects.find((p) => p.currentPhase?.position === position)?.currentPhase;
      const phase = template
        ? { nameEn: template.nameEn, nameJa: template.nameJa, dueDay: template.dueDay }
        : fallback
          ? { nameEn: fallback.nameEn, nameJa: fallback.nameJa, dueDay: null }
          : null;
      return { key: position, phase, projects: (byKey.get(position) ?? []).sort(byUrgency) };
    });
  const done = (byKey.get('done') ?? []).sort((a, b) => byUrgency(b, a));
  const columns: BoardColumn<P>[] = [...phaseColumns, { key: 'done', phase: null, projects: done }];
  if (showChurned)
    columns.push({ key: 'churned', phase: null, projects: (byKey.get('churned') ?? []).sort(byUrgency) });
  return columns;
}

/** Open projects whose current phase is due within `days` days or overdue, soonest due first. */
export function dueSoon<P extends BoardProjectLike>(projects: readonly P[], today: string, days = DUE_SOON_DAYS): P[] {
  return projects
    .filter(
      (p) =>
        p.health !== 'CHURNED' &&
        p.health !== 'COMPLETED' &&
        !!p.currentPhase &&
        daysFrom(today, p.currentPhase.dueDate) <= days,
    )
    .sort(byUrgency);
}

/** The lead consultants of the projects, by name (the lead filter's options). */
export function leadOptions(projects: readonly BoardProjectLike[]): { value: string; label: string }[] {
  const leads = new Map<string, string>();
  for (const p of projects) if (p.leadConsultant) leads.set(p.leadConsultant.id, p.leadConsultant.displayName);
  return [...leads].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** How many projects of each health (the churned toggle shows its count). */
export function healthCounts(projects: readonly BoardProjectLike[]): Record<ProjectHealth, number> {
  const counts = Object.fromEntries(BOARD_HEALTHS.map((h) => [h, 0])) as Record<ProjectHealth, number>;
  for (const p of projects) counts[p.health] += 1;
  return counts;
}

/** Reads the board filter from the URL (unknown values are ignored). */
export function boardFilterFromParams(params: URLSearchParams): BoardFilter {
  const health = params.get('health');
  return {
    health: health && (BOARD_HEALTHS as readonly string[]).includes(health) ? (health as ProjectHealth) : null,
    lead: params.get('lead') || null,
    showChurned: params.get('churned') === '1',
  };
}

/** The URL parameters of a board filter (defaults left out). */
export function boardFilterToParams(filter: BoardFilter): Record<string, string> {
  const out: Record<string, string> = {};
  if (filter.health) out.health = filter.health;
  if (filter.lead) out.lead = filter.lead;
  if (filter.showChurned) out.churned = '1';
  return out;
}
