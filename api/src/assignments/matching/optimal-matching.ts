import { AugmentingPathSearch } from './augmenting-path-search';
import { Matching, MatchingProblem } from './matching-problem';
import { matchingFromAssignment } from './matching-result';
import { assertValidProblem } from './problem-validation';
import { ResidualBucketGraph } from './residual-bucket-graph';

/**
 * Maximum-total-fit assignment, exact: min-cost flow source → customer (cap 1) → bucket
 * (cost −fit) → sink (cap = capacity), by successive shortest paths. The cost of the k-th
 * cheapest augmentation never decreases, so stopping at the first path without positive gain
 * gives the optimum over every number of assigned customers.
 *
 * Paths run over the few buckets, not the many customers (see ResidualBucketGraph). With C
 * customers, B buckets, E edges and F customers assigned: O(E log E) to set up, then F searches
 * of O(B²) each, plus O(deg · log E) heap work per customer moved along a path.
 * Same problem in, same matching out: every tie is broken by bucket or customer index.
 */
export function optimalMatching(problem: MatchingProblem): Matching {
  assertValidProblem(problem);
  const graph = new ResidualBucketGraph(problem);
  const paths = new AugmentingPathSearch(graph);
  while (paths.search() < 0) paths.augment();
  return matchingFromAssignment(graph.bucketOf, graph.fitOf);
}
