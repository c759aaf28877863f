import { Matching, MatchingPair } from './matching-problem';

/** Builds the answer from per-customer assignments (bucket -1 = unassigned), ordered by customer. */
export function matchingFromAssignment(bucketOf: Int32Array, fitOf: ArrayLike<number>): Matching {
  const pairs: MatchingPair[] = [];
  let total = 0;
  for (let customer = 0; customer < bucketOf.length; customer++) {
    const bucket = bucketOf[customer];
    if (bucket < 0) continue;
    pairs.push({ customer, bucket, fit: fitOf[customer] });
    total += fitOf[customer];
  }
  return { pairs, total };
}
