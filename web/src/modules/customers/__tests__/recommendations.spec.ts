import {
  activeAssignment,
  defaultLead,
  FIT_COMPONENTS,
  formatPoints,
  orderComponents,
  percentOf,
  recommendationMonths,
  scoreColor,
} from '../recommendations';

describe('recommendations', () => {
  it('offers this month and the next five, across the year end', () => {
    expect(recommendationMonths(new Date(2026, 9, 31))).toEqual([
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
  });

  it('explains the components in a fixed order', () => {
    const shuffled = [...FIT_COMPONENTS].reverse().map((component) => ({ component }));
    expect(orderComponents(shuffled).map((c) => c.component)).toEqual([
      'INDUSTRY',
      'PRODUCTS',
      'CERTIFIED',
      'REGION',
      'TIER',
      'CAPACITY',
    ]);
  });

  it('formats shares, points and score colours', () => {
    expect(percentOf(0.667)).toBe(67);
    expect(percentOf(1.2)).toBe(100);
    expect(percentOf(-0.1)).toBe(0);
    expect(formatPoints(12.46)).toBe('12.5');
    expect(formatPoints(8)).toBe('8');
    expect([scoreColor(85), scoreColor(70), scoreColor(69.9), scoreColor(40), scoreColor(12)]).toEqual([
      'teal',
      'teal',
      'yellow',
      'yellow',
      'orange',
    ]);
  });

  it('finds the active assignment and the lead to preselect', () => {
    const history = [
      { id: 'b', status: 'ACTIVE' as const },
      { id: 'a', status: 'REASSIGNED' as const },
    ];
    expect(activeAssignment(history)?.id).toBe('b');
    expect(activeAssignment([{ id: 'a', status: 'CANCELLED' as const }])).toBeNull();
    expect(defaultLead([{ id: 'c1' }, { id: 'c2' }])).toBe('c1');
    expect(defaultLead([])).toBeNull();
  });
});
