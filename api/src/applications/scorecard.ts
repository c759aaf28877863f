import { SELECTION_CRITERIA, type SelectionCriterion } from './application-score.entity';

/** The criteria an approval still needs. */
export function unscoredCriteria(scores: { criterion: SelectionCriterion }[]): SelectionCriterion[] {
  const scored = new Set(scores.map((s) => s.criterion));
  return SELECTION_CRITERIA.filter((c) => !scored.has(c));
}

/** Mean of the scores given so far, one decimal; null before the first. */
export function averageScore(scores: { score: number }[]): number | null {
  if (!scores.length) return null;
  return Math.round((scores.reduce((sum, s) => sum + s.score, 0) / scores.length) * 10) / 10;
}
