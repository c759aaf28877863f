import { SelectionCriterion } from '../application-score.entity';
import { averageScore, unscoredCriteria } from '../scorecard';

describe('scorecard', () => {
  it('lists the criteria still unscored, in scorecard order', () => {
    expect(
      unscoredCriteria([
        { criterion: SelectionCriterion.COMMUNICATION },
        { criterion: SelectionCriterion.DOMAIN_EXPERTISE },
      ]),
    ).toEqual([
      SelectionCriterion.PROJECT_MANAGEMENT,
      SelectionCriterion.HEADCOUNT_AT_START,
      SelectionCriterion.STABLE_MONTHLY_CAPACITY,
      SelectionCriterion.WILLINGNESS_TO_EXPAND,
    ]);
    expect(unscoredCriteria(Object.values(SelectionCriterion).map((criterion) => ({ criterion })))).toEqual([]);
  });

  it('averages the scores given so far to one decimal', () => {
    expect(averageScore([])).toBeNull();
    expect(averageScore([{ score: 4 }, { score: 5 }, { score: 4 }])).toBe(4.3);
  });
});
