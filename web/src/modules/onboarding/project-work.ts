import type { WorkKind } from '../../gql/graphql';

/** In the order of the onboarding: requirements, lectures, remaining issues. */
export const WORK_KINDS: readonly WorkKind[] = ['REQUIREMENTS_ADVICE', 'OPERATION_LECTURE', 'ISSUE_RESOLUTION'];

export const MIN_HOURS = 0.5;
export const MAX_HOURS = 24;

/** Hours are summed in tenths so that 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
const tenths = (hours: number) => Math.round(hours * 10);

/** Total hours per kind of work (every kind present, 0 when none) and overall. */
export function hoursByKind(logs: readonly { kind: WorkKind; hours: number }[]): {
  byKind: Record<WorkKind, number>;
  total: number;
} {
  const sums = Object.fromEntries(WORK_KINDS.map((kind) => [kind, 0])) as Record<WorkKind, number>;
  for (const log of logs) sums[log.kind] = (sums[log.kind] ?? 0) + tenths(log.hours);
  const byKind = Object.fromEntries(Object.entries(sums).map(([kind, sum]) => [kind, sum / 10])) as Record<
    WorkKind,
    number
  >;
  return { byKind, total: Object.values(sums).reduce((a, b) => a + b, 0) / 10 };
}

/**
 * Why a typed hours value is refused (the API's rule: 0.5–24, one decimal), or null when it is fine.
 * `range` and `decimals` are message keys' last segments.
 */
export function hoursProblem(value: number | string): 'required' | 'range' | 'decimals' | null {
  if (value === '' || value === null) return 'required';
  const hours = Number(value);
  if (!Number.isFinite(hours)) return 'required';
  if (hours < MIN_HOURS || hours > MAX_HOURS) return 'range';
  if (Math.abs(hours * 10 - Math.round(hours * 10)) > 1e-9) return 'decimals';
  return null;
}
