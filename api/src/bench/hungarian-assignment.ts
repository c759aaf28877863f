import { munkres } from 'munkres';
import { MatchingProblem } from '../assignments/matching/matching-problem';

/**
 * The same problem as a plain assignment problem for a Hungarian solver: one column per free slot
 * of each partner, cost = maxFit − fit (a forbidden pair costs maxFit, like staying unassigned),
 * and extra "unassigned" columns when customers outnumber slots, so every row has a column.
 */
export class SlotAssignment {
  readonly matrix: Float64Array[];
  private readonly slotBucket: number[] = [];
  private readonly fit: Float64Array;

  constructor(private readonly problem: MatchingProblem) {
    const buckets = problem.capacities.length;
    problem.capacities.forEach((capacity, bucket) => {
      for (let i = 0; i < capacity; i++) this.slotBucket.push(bucket);
    });
    this.fit = new Float64Array(problem.customers * buckets);
    let maxFit = 0;
    for (const e of problem.edges) {
      this.fit[e.customer * buckets + e.bucket] = e.fit;
      maxFit = Math.max(maxFit, e.fit);
    }
    const columns = Math.max(this.slotBucket.length, problem.customers);
    this.matrix = Array.from({ length: problem.customers }, (_, customer) => {
      const row = new Float64Array(columns).fill(maxFit);
      this.slotBucket.forEach((bucket, slot) => (row[slot] = maxFit - this.fit[customer * buckets + bucket]));
      return row;
    });
  }

  get columns(): number {
    return this.matrix[0]?.length ?? 0;
  }

  /** Solves with munkres and returns the total fit of the real pairs it chose. */
  solve(): number {
    const buckets = this.problem.capacities.length;
    let total = 0;
    for (const [customer, slot] of munkres(this.matrix)) {
      if (slot < this.slotBucket.length) total += this.fit[customer * buckets + this.slotBucket[slot]];
    }
    return total;
  }
}
