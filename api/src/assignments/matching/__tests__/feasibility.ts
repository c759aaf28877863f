import { Matching, MatchingProblem } from '../matching-problem';

/** Why a matching is not a feasible answer to the problem, or null when it is. */
export function feasibilityError(problem: MatchingProblem, matching: Matching): string | null {
  const fits = new Map(problem.edges.map((e) => [`${e.customer}:${e.bucket}`, e.fit]));
  const seen = new Set<number>();
  const load = problem.capacities.map(() => 0);
  let total = 0;
  for (const { customer, bucket, fit } of matching.pairs) {
    if (seen.has(customer)) return `customer ${customer} assigned twice`;
    seen.add(customer);
    if (fits.get(`${customer}:${bucket}`) !== fit) return `pair (${customer}, ${bucket}, ${fit}) is not an edge`;
    if (++load[bucket] > problem.capacities[bucket]) return `bucket ${bucket} over capacity`;
    total += fit;
  }
  return total === matching.total ? null : `total ${matching.total} but pairs sum to ${total}`;
}
