import { MatchingEdge, MatchingProblem } from '../assignments/matching/matching-problem';
import { randomInt, seededRandom } from './seeded-random';

export interface AssignmentShape {
  customers: number;
  partners: number;
  /** Free slots per partner, drawn uniformly in [min, max]. */
  capacity: [number, number];
  /** Share of (customer, partner) pairs the hard rules allow. */
  density: number;
}

const INDUSTRIES = 8;

/**
 * A month of auto-assignment as Baton sees it: partners differ in overall quality and specialise
 * in a few industries; a customer fits a partner by quality, shared industry and a personal term.
 * Many customers therefore want the same strong partners, which is where greedy goes wrong.
 */
export function assignmentInstance(shape: AssignmentShape, seed: number): MatchingProblem {
  const random = seededRandom(seed);
  const quality = Array.from({ length: shape.partners }, () => 0.3 + 0.7 * random());
  const specialities = Array.from({ length: shape.partners }, () => {
    const set = new Set<number>();
    while (set.size < 2) set.add(randomInt(random, 0, INDUSTRIES - 1));
    return set;
  });
  const capacities = Array.from({ length: shape.partners }, () => randomInt(random, ...shape.capacity));
  const edges: MatchingEdge[] = [];
  for (let customer = 0; customer < shape.customers; customer++) {
    const industry = randomInt(random, 0, INDUSTRIES - 1);
    for (let partner = 0; partner < shape.partners; partner++) {
      if (shape.density < 1 && random() >= shape.density) continue;
      const specialised = specialities[partner].has(industry) ? 1 : 0.4;
      const score = 0.45 * quality[partner] + 0.35 * specialised + 0.2 * random();
      edges.push({ customer, bucket: partner, fit: Math.max(1, Math.min(10000, Math.round(score * 10000))) });
    }
  }
  return { customers: shape.customers, capacities, edges };
}
