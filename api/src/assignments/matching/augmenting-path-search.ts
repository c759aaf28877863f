import { ResidualBucketGraph } from './residual-bucket-graph';

const SOURCE = -1;

/**
 * Dijkstra on the contracted residual graph (bucket nodes + sink; the source is implicit) with
 * Johnson potentials, so reduced costs stay non-negative although moves have negative costs.
 * The bucket graph is dense, so the next node is picked by a linear scan: O(B²) per search.
 */
export class AugmentingPathSearch {
  /** Node potentials; index `buckets` is the sink, the source stays at 0. */
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly settled: Uint8Array;
  private readonly from: Int32Array;
  private readonly viaCustomer: Int32Array;
  private readonly viaFit: Float64Array;
  private sinkFrom = -1;

  constructor(private readonly graph: ResidualBucketGraph) {
    const b = graph.buckets;
    this.dist = new Float64Array(b);
    this.settled = new Uint8Array(b);
    this.from = new Int32Array(b);
    this.viaCustomer = new Int32Array(b);
    this.viaFit = new Float64Array(b);
    // With nothing placed yet, source → b costs −(best fit into b): start each bucket there, and
    // the sink at the lowest of them, so every reduced cost starts at ≥ 0.
    this.potential = new Float64Array(b + 1);
    for (let bucket = 0; bucket < b; bucket++) {
      const potential = graph.bestEntrant(bucket) >= 0 ? -graph.bestEntrantFit(bucket) : 0;
      this.potential[bucket] = potential;
      this.potential[b] = Math.min(this.potential[b], potential);
    }
  }

  /**
   * Finds a cheapest source → sink path, updates the potentials, and returns the path's real cost
   * (negative = the objective gains), or Infinity when no path is left.
   */
  search(): number {
    const { graph, potential, dist, settled, from, viaCustomer, viaFit } = this;
    const { buckets, moveCost } = graph;
    const sink = buckets;
    dist.fill(Infinity);
    settled.fill(0);
    let next = -1;
    for (let v = 0; v < buckets; v++) {
      const customer = graph.bestEntrant(v);
      if (customer < 0) continue;
      const fit = graph.bestEntrantFit(v);
      dist[v] = -fit - potential[v];
      from[v] = SOURCE;
      viaCustomer[v] = customer;
      viaFit[v] = fit;
      if (next < 0 || dist[v] < dist[next]) next = v;
    }
    let sinkDist = Infinity;
    this.sinkFrom = -1;
    // Settle buckets until the sink is the nearest node; relaxing a bucket's row also finds the next.
    while (next >= 0 && dist[next] < sinkDist) {
      const u = next;
      settled[u] = 1;
      const base = dist[u] + potential[u];
      if (graph.hasRoom(u) && base - potential[sink] < sinkDist) {
        sinkDist = base - potential[sink];
        this.sinkFrom = u;
      }
      graph.refreshMoves(u);
      const row = u * buckets;
      next = -1;
      let nearest = Infinity;
      for (let v = 0; v < buckets; v++) {
        if (settled[v] !== 0) continue;
        const cost = moveCost[row + v];
        const d = base + cost - potential[v]; // Infinity when no customer can move
        if (d < dist[v]) {
          const customer = graph.movingCustomer(u, v);
          dist[v] = d;
          from[v] = u;
          viaCustomer[v] = customer;
          viaFit[v] = graph.fitOf[customer] - cost;
        }
        if (dist[v] < nearest) {
          nearest = dist[v];
          next = v;
        }
      }
    }
    if (this.sinkFrom < 0) return Infinity;
    // Capping at the sink's distance keeps reduced costs ≥ 0 for nodes the search left unsettled.
    for (let v = 0; v < buckets; v++) potential[v] += Math.min(dist[v], sinkDist);
    potential[sink] += sinkDist;
    return potential[sink];
  }

  /** Applies the last path found: each customer on it moves one bucket along, one more is placed. */
  augment(): void {
    let v = this.sinkFrom;
    for (;;) {
      const u = this.from[v];
      this.graph.place(this.viaCustomer[v], v, this.viaFit[v]);
      if (u === SOURCE) return;
      v = u;
    }
  }
}
