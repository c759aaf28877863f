import { apiToday, daysBetween, daysLateOnCompletion, deadlineOf, localDay } from '../project-dates';

describe('project dates', () => {
  it('takes today as the API does (UTC date)', () => {
    expect(apiToday(new Date('2026-04-30T23:30:00Z'))).toBe('2026-04-30');
    expect(apiToday(new Date('2026-05-01T00:00:00Z'))).toBe('2026-05-01');
  });

  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-01-30', '2026-02-02')).toBe(3);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    // Across the spring daylight-saving change of other time zones: still whole days.
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  it('says how far the current phase is from its due date', () => {
    expect(deadlineOf('2026-05-10', '2026-05-03')).toEqual({ kind: 'dueIn', days: 7 });
    expect(deadlineOf('2026-05-10', '2026-05-09')).toEqual({ kind: 'dueIn', days: 1 });
    expect(deadlineOf('2026-05-10', '2026-05-10')).toEqual({ kind: 'dueToday' });
    expect(deadlineOf('2026-05-10', '2026-05-11')).toEqual({ kind: 'late', days: 1 });
    expect(deadlineOf('2026-05-10', '2026-06-01')).toEqual({ kind: 'late', days: 22 });
  });

  it('counts the days a completed phase finished late', () => {
    expect(daysLateOnCompletion('2026-05-10', '2026-05-08')).toBe(0);
    expect(daysLateOnCompletion('2026-05-10', '2026-05-10')).toBe(0);
    expect(daysLateOnCompletion('2026-05-10', '2026-05-14')).toBe(4);
  });
});

describe('local days', () => {
  it('formats a day as local midnight, whatever the time zone', () => {
    const day = new Date(localDay('2026-05-01'));
    expect([day.getFullYear(), day.getMonth(), day.getDate(), day.getHours()]).toEqual([2026, 4, 1, 0]);
  });
});
