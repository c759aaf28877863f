import { isoDateOf, lastCompleteQuarter, nextDay } from '../periods';

describe('review period prefill', () => {
  it('takes the last calendar quarter that has ended', () => {
    expect(lastCompleteQuarter('2026-11-23')).toEqual({
      name: '2026 Q3',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
    });
    expect(lastCompleteQuarter('2026-04-01')).toEqual({
      name: '2026 Q1',
      periodFrom: '2026-01-01',
      periodTo: '2026-03-31',
    });
    expect(lastCompleteQuarter('2026-09-30')).toEqual({
      name: '2026 Q2',
      periodFrom: '2026-04-01',
      periodTo: '2026-06-30',
    });
  });

  it('reaches back into the previous year in January to March', () => {
    expect(lastCompleteQuarter('2027-02-14')).toEqual({
      name: '2026 Q4',
      periodFrom: '2026-10-01',
      periodTo: '2026-12-31',
    });
  });
});

describe('calendar days', () => {
  it('steps to the next day across month and year ends and leap days', () => {
    expect(nextDay('2026-11-23')).toBe('2026-11-24');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
  });

  it('reads the local calendar day of a moment', () => {
    expect(isoDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
