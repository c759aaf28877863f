import { greedyMatching } from '../greedy-matching';
import { feasibilityError } from './feasibility';
import { randomInstance } from './random-instances';

describe('greedyMatching', () => {
  it('takes the best fit first, ties by customer then bucket', () => {
    const matching = greedyMatching({
      customers: 3,
      capacities: [1, 1],
      edges: [
        { customer: 2, bucket: 0, fit: 7 },
        { customer: 1, bucket: 1, fit: 7 },
        { customer: 1, bucket: 0, fit: 7 },
        { customer: 0, bucket: 1, fit: 5 },
      ],
    });
    expect(matching).toEqual({
      pairs: [
        { customer: 0, bucket: 1, fit: 5 },
        { customer: 1, bucket: 0, fit: 7 },
      ],
      total: 12,
    });
  });

  it.each(Array.from({ length: 50 }, (_, i) => 5001 + i))('successful: seed %i gives a feasible matching', (seed) => {
    const problem = randomInstance(seed, 30, 8);
    expect(feasibilityError(problem, greedyMatching(problem))).toBeNull();
  });
});
