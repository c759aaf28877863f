import { randomInt, seededRandom } from '../../../bench/seeded-random';
import { MatchingEdge, MatchingProblem } from '../matching-problem';

/**
 * Seeded instances of varied shapes: sparse to dense edges, tight to loose capacity, few fit
 * values (many ties), empty buckets, customers without edges.
 */
export function randomInstance(seed: number, maxCustomers: number, maxBuckets: number): MatchingProblem {
  const random = seededRandom(seed);
  const customers = randomInt(random, 1, maxCustomers);
  const buckets = randomInt(random, 1, maxBuckets);
  const density = [0.15, 0.4, 0.7, 1][randomInt(random, 0, 3)];
  const fitValues = [3, 10, 10000][randomInt(random, 0, 2)];
  const roomPerBucket = (customers / buckets) * [0.3, 0.8, 1.2, 3][randomInt(random, 0, 3)];
  const capacities = Array.from({ length: buckets }, () =>
    random() < 0.15 ? 0 : randomInt(random, 0, Math.max(1, Math.round(roomPerBucket * 1.5))),
  );
  const lonely = random() < 0.3 ? 0.2 : 0;
  const edges: MatchingEdge[] = [];
  for (let customer = 0; customer < customers; customer++) {
    if (random() < lonely) continue;
    for (let bucket = 0; bucket < buckets; bucket++) {
      if (random() < density) edges.push({ customer, bucket, fit: randomInt(random, 1, fitValues) });
    }
  }
  return { customers, capacities, edges };
}
