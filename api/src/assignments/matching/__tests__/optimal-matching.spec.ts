import { greedyMatching } from '../greedy-matching';
import { MatchingProblem } from '../matching-problem';
import { optimalMatching } from '../optimal-matching';
import { feasibilityError } from './feasibility';
import { randomInstance } from './random-instances';
import { bruteForceOptimum, lpOptimum } from './reference-solvers';

const seeds = (first: number, count: number) => Array.from({ length: count }, (_, i) => first + i);

describe('optimalMatching on hand-made instances', () => {
  it('successful: moves the first customer aside so the second fits (greedy 10, optimal 17)', () => {
    const problem: MatchingProblem = {
      customers: 2,
      capacities: [1, 1],
      edges: [
        { customer: 0, bucket: 0, fit: 10 },
        { customer: 0, bucket: 1, fit: 9 },
        { customer: 1, bucket: 0, fit: 8 },
      ],
    };
    expect(greedyMatching(problem).total).toBe(10);
    expect(optimalMatching(problem)).toEqual({
      pairs: [
        { customer: 0, bucket: 1, fit: 9 },
        { customer: 1, bucket: 0, fit: 8 },
      ],
      total: 17,
    });
  });

  it('successful: respects a capacity of 2 that greedy fills too early (greedy 198, optimal 294)', () => {
    const problem: MatchingProblem = {
      customers: 3,
      capacities: [2, 1],
      edges: [
        { customer: 0, bucket: 0, fit: 100 },
        { customer: 0, bucket: 1, fit: 99 },
        { customer: 1, bucket: 0, fit: 98 },
        { customer: 2, bucket: 0, fit: 97 },
      ],
    };
    expect(greedyMatching(problem).total).toBe(198);
    expect(optimalMatching(problem).total).toBe(294);
  });

  it('successful: follows a chain of two moves (greedy 20, optimal 26)', () => {
    const problem: MatchingProblem = {
      customers: 3,
      capacities: [1, 1, 1],
      edges: [
        { customer: 0, bucket: 0, fit: 10 },
        { customer: 0, bucket: 1, fit: 9 },
        { customer: 1, bucket: 1, fit: 10 },
        { customer: 1, bucket: 2, fit: 9 },
        { customer: 2, bucket: 0, fit: 8 },
      ],
    };
    expect(greedyMatching(problem).total).toBe(20);
    expect(optimalMatching(problem).pairs).toEqual([
      { customer: 0, bucket: 1, fit: 9 },
      { customer: 1, bucket: 2, fit: 9 },
      { customer: 2, bucket: 0, fit: 8 },
    ]);
  });

  it('successful: leaves a customer out when placing everyone would lower the total', () => {
    const problem: MatchingProblem = {
      customers: 2,
      capacities: [1, 1],
      edges: [
        { customer: 0, bucket: 0, fit: 10 },
        { customer: 0, bucket: 1, fit: 1 },
        { customer: 1, bucket: 0, fit: 2 },
      ],
    };
    expect(optimalMatching(problem)).toEqual({ pairs: [{ customer: 0, bucket: 0, fit: 10 }], total: 10 });
  });

  it('successful: empty problems give an empty matching', () => {
    expect(optimalMatching({ customers: 0, capacities: [], edges: [] })).toEqual({ pairs: [], total: 0 });
    expect(optimalMatching({ customers: 3, capacities: [2, 0], edges: [] })).toEqual({ pairs: [], total: 0 });
    const closed = { customers: 1, capacities: [0], edges: [{ customer: 0, bucket: 0, fit: 5 }] };
    expect(optimalMatching(closed)).toEqual({ pairs: [], total: 0 });
  });
});

describe('optimalMatching on seeded random instances', () => {
  it.each(seeds(1, 320))('successful: seed %i is feasible, equals the LP optimum, never below greedy', (seed) => {
    const problem = randomInstance(seed, 24, 8);
    const matching = optimalMatching(problem);
    expect(feasibilityError(problem, matching)).toBeNull();
    expect(matching.total).toBe(lpOptimum(problem));
    expect(matching.total).toBeGreaterThanOrEqual(greedyMatching(problem).total);
  });

  it.each(seeds(1001, 200))('successful: tiny seed %i equals the brute-force (and LP) optimum', (seed) => {
    const problem = randomInstance(seed, 7, 4);
    const matching = optimalMatching(problem);
    const optimum = bruteForceOptimum(problem);
    expect(feasibilityError(problem, matching)).toBeNull();
    expect(matching.total).toBe(optimum);
    expect(lpOptimum(problem)).toBe(optimum);
  });

  it.each(seeds(2001, 20))('successful: larger seed %i equals the LP optimum', (seed) => {
    const problem = randomInstance(seed, 120, 15);
    const matching = optimalMatching(problem);
    expect(feasibilityError(problem, matching)).toBeNull();
    expect(matching.total).toBe(lpOptimum(problem));
  });

  it('is deterministic, whatever the order of the edges', () => {
    const problem = randomInstance(77, 60, 10);
    const reversed = { ...problem, edges: [...problem.edges].reverse() };
    expect(optimalMatching(reversed)).toEqual(optimalMatching(problem));
  });
});

describe('optimalMatching input checks', () => {
  const base: MatchingProblem = { customers: 2, capacities: [1], edges: [{ customer: 0, bucket: 0, fit: 3 }] };

  it.each([
    ['an unknown customer', { ...base, edges: [{ customer: 2, bucket: 0, fit: 3 }] }],
    ['an unknown bucket', { ...base, edges: [{ customer: 0, bucket: 1, fit: 3 }] }],
    ['a fit of 0', { ...base, edges: [{ customer: 0, bucket: 0, fit: 0 }] }],
    ['a fractional fit', { ...base, edges: [{ customer: 0, bucket: 0, fit: 1.5 }] }],
    ['a duplicate edge', { ...base, edges: [...base.edges, ...base.edges] }],
    [
      'a duplicate edge in a large sparse problem',
      { customers: 5000, capacities: new Array<number>(1000).fill(1), edges: [...base.edges, ...base.edges] },
    ],
    ['a negative capacity', { ...base, capacities: [-1] }],
  ])('failing: rejects %s', (_, problem) => {
    expect(() => optimalMatching(problem)).toThrow(RangeError);
  });
});
