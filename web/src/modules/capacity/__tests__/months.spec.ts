import { addMonths, monthOf, monthsFrom, utilization } from '../months';

describe('capacity months', () => {
  it('formats a date as YYYY-MM', () => {
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01');
  });

  it('adds months across years', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });

  it('lists consecutive months', () => {
    expect(monthsFrom('2026-11', 3)).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('computes utilization, 0 with nothing offered', () => {
    expect(utilization(0, 0)).toBe(0);
    expect(utilization(4, 1)).toBe(25);
    expect(utilization(3, 5)).toBe(100);
  });
});
