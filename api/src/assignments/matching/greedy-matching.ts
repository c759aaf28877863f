import { Matching, MatchingProblem } from './matching-problem';
import { matchingFromAssignment } from './matching-result';
import { assertValidProblem } from './problem-validation';

/**
 * The baseline: best fit first (ties by customer, then bucket), taken when the customer is still
 * free and the bucket has room. O(E log E); not optimal, see optimalMatching.
 */
export function greedyMatching(problem: MatchingProblem): Matching {
  assertValidProblem(problem);
  const edges = [...problem.edges].sort((a, b) => b.fit - a.fit || a.customer - b.customer || a.bucket - b.bucket);
  const bucketOf = new Int32Array(problem.customers).fill(-1);
  const fitOf = new Float64Array(problem.customers);
  const load = new Array<number>(problem.capacities.length).fill(0);
  for (const { customer, bucket, fit } of edges) {
    if (bucketOf[customer] >= 0 || load[bucket] >= problem.capacities[bucket]) continue;
    bucketOf[customer] = bucket;
    fitOf[customer] = fit;
    load[bucket]++;
  }
  return matchingFromAssignment(bucketOf, fitOf);
}
