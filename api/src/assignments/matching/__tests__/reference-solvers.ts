import solver, { type SolveResult } from 'javascript-lp-solver';
import { MatchingProblem } from '../matching-problem';

/**
 * The b-matching LP: max Σ fit·x over edges, Σ x per customer ≤ 1, Σ x per bucket ≤ capacity,
 * x ≥ 0. Its matrix is totally unimodular, so the LP optimum is the integer optimum.
 */
export function lpOptimum(problem: MatchingProblem): number {
  const variables: Record<string, Record<string, number>> = {};
  const constraints: Record<string, { max: number }> = {};
  for (let c = 0; c < problem.customers; c++) constraints[`c${c}`] = { max: 1 };
  problem.capacities.forEach((capacity, b) => (constraints[`b${b}`] = { max: capacity }));
  problem.edges.forEach(({ customer, bucket, fit }, i) => {
    variables[`x${i}`] = { fit, [`c${customer}`]: 1, [`b${bucket}`]: 1 };
  });
  if (problem.edges.length === 0) return 0;
  const result = solver.Solve({ optimize: 'fit', opType: 'max', constraints, variables }) as SolveResult;
  if (!result.feasible) throw new Error('the LP is always feasible (x = 0)');
  return Math.round(result.result) || 0; // no -0
}

/** Tries every choice (no bucket or one of its edges) for every customer. Tiny instances only. */
export function bruteForceOptimum(problem: MatchingProblem): number {
  const byCustomer = Array.from({ length: problem.customers }, (_, c) => problem.edges.filter((e) => e.customer === c));
  const load = problem.capacities.map(() => 0);
  const best = (customer: number): number => {
    if (customer === problem.customers) return 0;
    let value = best(customer + 1);
    for (const { bucket, fit } of byCustomer[customer]) {
      if (load[bucket] >= problem.capacities[bucket]) continue;
      load[bucket]++;
      value = Math.max(value, fit + best(customer + 1));
      load[bucket]--;
    }
    return value;
  };
  return best(0);
}
