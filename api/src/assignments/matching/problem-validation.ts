import { MatchingProblem } from './matching-problem';

/** Rejects a malformed problem up front, so the algorithms can index arrays without checks. */
export function assertValidProblem(problem: MatchingProblem): void {
  const { customers, capacities, edges } = problem;
  if (!Number.isSafeInteger(customers) || customers < 0) {
    throw new RangeError(`customers must be a non-negative integer, got ${customers}`);
  }
  capacities.forEach((capacity, bucket) => {
    if (!Number.isSafeInteger(capacity) || capacity < 0) {
      throw new RangeError(`capacity of bucket ${bucket} must be a non-negative integer, got ${capacity}`);
    }
  });
  const seen = pairSet(customers, capacities.length, edges.length);
  for (const { customer, bucket, fit } of edges) {
    if (!Number.isInteger(customer) || customer < 0 || customer >= customers) {
      throw new RangeError(`edge customer ${customer} is outside 0..${customers - 1}`);
    }
    if (!Number.isInteger(bucket) || bucket < 0 || bucket >= capacities.length) {
      throw new RangeError(`edge bucket ${bucket} is outside 0..${capacities.length - 1}`);
    }
    if (!Number.isSafeInteger(fit) || fit < 1) {
      throw new RangeError(`edge (${customer}, ${bucket}) has fit ${fit}; fits are positive integers`);
    }
    const key = customer * capacities.length + bucket;
    if (seen.has(key)) throw new RangeError(`duplicate edge (${customer}, ${bucket})`);
    seen.add(key);
  }
}

/** A bitmap over all (customer, bucket) pairs for dense problems (a Set of millions is slow). */
function pairSet(
  customers: number,
  buckets: number,
  edges: number,
): { has(key: number): boolean; add(key: number): void } {
  const pairs = customers * buckets;
  if (pairs > Math.max(1 << 20, 64 * edges) || pairs > 2 ** 31) return new Set<number>();
  const bits = new Uint32Array(Math.ceil(pairs / 32));
  return {
    has: (key) => (bits[key >>> 5] & (1 << (key & 31))) !== 0,
    add: (key) => void (bits[key >>> 5] |= 1 << (key & 31)),
  };
}
