import { MatchingProblem } from './matching-problem';
import { PackedMinHeap } from './packed-min-heap';

/**
 * The residual graph of the assignment flow, contracted to bucket nodes. Customer nodes carry
 * one unit each, so every path through a customer is a single hop between buckets:
 *  - source → b: a free customer enters b (gain = its fit); the best one is read from a list of
 *    b's candidates sorted by fit, with a cursor that skips customers already placed;
 *  - u → v: a customer placed in u moves to v (cost = fit at u − fit at v); the cheapest one is
 *    the top of a lazy heap per (u, v), where entries of customers that left u are dropped on read.
 *    Searches read every (u, v) pair, so the tops' costs sit in one flat array (`moveCost`), kept
 *    current on every push and recomputed for a row u only after a customer left u;
 *  - b → sink while b has room.
 * Keys are packed as (value + offset) × customers + customer: one number, ties broken by customer.
 */
export class ResidualBucketGraph {
  readonly buckets: number;
  /** Bucket of each customer, -1 while free. */
  readonly bucketOf: Int32Array;
  /** Fit of each customer in its current bucket. */
  readonly fitOf: Float64Array;
  private readonly load: Int32Array;
  private readonly capacities: readonly number[];
  private readonly customers: number;
  private readonly maxFit: number;
  private readonly edgeStart: Int32Array;
  private readonly edgeBucket: Int32Array;
  private readonly edgeFit: Float64Array;
  private readonly candidates: Float64Array[];
  private readonly cursor: Int32Array;
  private readonly moves: (PackedMinHeap | undefined)[];
  /** Cost of the cheapest move u → v at index u·B + v, Infinity when no customer can move. */
  readonly moveCost: Float64Array;
  private readonly moveTop: Float64Array;
  /** A row u of moveCost is current while rowDepartures[u] equals departures[u]. */
  private readonly rowDepartures: Int32Array;
  private readonly departures: Int32Array;

  constructor(problem: MatchingProblem) {
    const { customers, capacities } = problem;
    const edges = problem.edges.filter((e) => capacities[e.bucket] > 0);
    this.buckets = capacities.length;
    this.customers = customers;
    this.capacities = capacities;
    this.maxFit = edges.reduce((max, e) => Math.max(max, e.fit), 0);
    if ((2 * this.maxFit + 1) * customers > Number.MAX_SAFE_INTEGER) {
      throw new RangeError('fits × customers too large for exact packed keys');
    }
    this.bucketOf = new Int32Array(customers).fill(-1);
    this.fitOf = new Float64Array(customers);
    this.load = new Int32Array(this.buckets);
    this.moves = new Array<PackedMinHeap | undefined>(this.buckets * this.buckets);
    this.moveCost = new Float64Array(this.buckets * this.buckets).fill(Infinity);
    this.moveTop = new Float64Array(this.buckets * this.buckets);
    this.rowDepartures = new Int32Array(this.buckets);
    this.departures = new Int32Array(this.buckets);
    this.edgeStart = new Int32Array(customers + 1);
    for (const e of edges) this.edgeStart[e.customer + 1]++;
    for (let c = 0; c < customers; c++) this.edgeStart[c + 1] += this.edgeStart[c];
    const next = this.edgeStart.slice(0, customers);
    this.edgeBucket = new Int32Array(edges.length);
    this.edgeFit = new Float64Array(edges.length);
    const perBucket = new Int32Array(this.buckets);
    for (const e of edges) {
      const at = next[e.customer]++;
      this.edgeBucket[at] = e.bucket;
      this.edgeFit[at] = e.fit;
      perBucket[e.bucket]++;
    }

    this.candidates = Array.from(perBucket, (count) => new Float64Array(count));
    perBucket.fill(0);
    for (const e of edges) {
      this.candidates[e.bucket][perBucket[e.bucket]++] = (this.maxFit - e.fit) * customers + e.customer;
    }
    for (const list of this.candidates) list.sort();
    this.cursor = new Int32Array(this.buckets);
  }

  hasRoom(bucket: number): boolean {
    return this.load[bucket] < this.capacities[bucket];
  }

  /** The best free customer that may enter the bucket, or -1. */
  bestEntrant(bucket: number): number {
    const list = this.candidates[bucket];
    let i = this.cursor[bucket];
    while (i < list.length && this.bucketOf[list[i] % this.customers] >= 0) i++;
    this.cursor[bucket] = i;
    return i < list.length ? list[i] % this.customers : -1;
  }

  /** Fit of bestEntrant(bucket); call right after it returned a customer. */
  bestEntrantFit(bucket: number): number {
    return this.maxFit - this.packedValue(this.candidates[bucket][this.cursor[bucket]]);
  }

  /** Brings row u of moveCost up to date; cheap unless customers left u since the last call. */
  refreshMoves(u: number): void {
    if (this.rowDepartures[u] === this.departures[u]) return;
    this.rowDepartures[u] = this.departures[u];
    for (let v = 0; v < this.buckets; v++) {
      const slot = u * this.buckets + v;
      const heap = this.moves[slot];
      if (heap === undefined) continue;
      while (heap.size > 0 && this.bucketOf[heap.peek() % this.customers] !== u) heap.pop();
      if (heap.size > 0) this.setTop(slot, heap.peek());
      else this.moveCost[slot] = Infinity;
    }
  }

  /** The customer behind moveCost[u·B + v]; valid after refreshMoves(u). */
  movingCustomer(u: number, v: number): number {
    return this.moveTop[u * this.buckets + v] % this.customers;
  }

  /** Puts a customer (free or placed elsewhere) into a bucket and records its onward moves. */
  place(customer: number, bucket: number, fit: number): void {
    const from = this.bucketOf[customer];
    if (from >= 0) {
      this.load[from]--;
      this.departures[from]++;
    }
    this.load[bucket]++;
    this.bucketOf[customer] = bucket;
    this.fitOf[customer] = fit;
    for (let i = this.edgeStart[customer]; i < this.edgeStart[customer + 1]; i++) {
      const to = this.edgeBucket[i];
      if (to === bucket) continue;
      const slot = bucket * this.buckets + to;
      const key = (fit - this.edgeFit[i] + this.maxFit) * this.customers + customer;
      (this.moves[slot] ??= new PackedMinHeap()).push(key);
      const current = this.rowDepartures[bucket] === this.departures[bucket];
      if (current && (this.moveCost[slot] === Infinity || key < this.moveTop[slot])) this.setTop(slot, key);
    }
  }

  private setTop(slot: number, key: number): void {
    this.moveTop[slot] = key;
    this.moveCost[slot] = this.packedValue(key) - this.maxFit;
  }

  /** The value part of a packed key; `%` and an exact division, so no rounding at any size. */
  private packedValue(key: number): number {
    return (key - (key % this.customers)) / this.customers;
  }
}
