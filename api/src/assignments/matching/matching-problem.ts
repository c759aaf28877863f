/**
 * The auto-assignment problem: customers on one side, partner slot pools ("buckets") with a
 * capacity on the other, and the allowed pairs with a fit score. Hard rules are applied before
 * an edge exists, so every edge is a permitted assignment.
 */
export interface MatchingEdge {
  customer: number;
  bucket: number;
  /** Integer 1..10000, higher is better. */
  fit: number;
}

export interface MatchingProblem {
  /** Customers are numbered 0..customers-1. */
  customers: number;
  /** Bucket b takes at most capacities[b] customers. */
  capacities: number[];
  /** At most one edge per (customer, bucket). */
  edges: MatchingEdge[];
}

export interface MatchingPair {
  customer: number;
  bucket: number;
  fit: number;
}

/** Each customer at most once, every bucket within its capacity; `total` is the sum of the fits. */
export interface Matching {
  pairs: MatchingPair[];
  total: number;
}
