import type { TierAdminReviewCyclesQuery } from '../../../gql/graphql';
import { toCsv } from '../../common/csv';

export type ReviewCycleRow = TierAdminReviewCyclesQuery['reviewCycles'][number];
export type CycleSortKey = 'name' | 'periodFrom' | 'openedAt' | 'progress';
export interface CycleSort {
  key: CycleSortKey;
  direction: 'ASC' | 'DESC';
}

/** Share of the cycle's reviews already decided (0 when it has none). */
export const progressOf = (c: Pick<ReviewCycleRow, 'reviewCount' | 'finalizedCount'>) =>
  c.reviewCount === 0 ? 0 : c.finalizedCount / c.reviewCount;

/** Sorted copy; ties keep a stable order by id. */
export function sortCycles<T extends ReviewCycleRow>(rows: readonly T[], sort: CycleSort): T[] {
  const sign = sort.direction === 'ASC' ? 1 : -1;
  const value = (c: T) => (sort.key === 'progress' ? progressOf(c) : c[sort.key]);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return a.id.localeCompare(b.id);
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}

/** The cycles as CSV under the given (translated) header of seven columns. */
export function cyclesCsv(rows: readonly ReviewCycleRow[], header: readonly string[]): string {
  return toCsv([
    header,
    ...rows.map((c) => [
      c.name,
      c.periodFrom,
      c.periodTo,
      c.openedAt,
      c.openedByEmail ?? '',
      String(c.finalizedCount),
      String(c.reviewCount),
    ]),
  ]);
}
