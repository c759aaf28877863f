import { addDays, phaseOnTimeRate, projectHealth, type HealthPhase } from '../kpi';

const phases = (due: string[], done: (string | null)[] = []): HealthPhase[] =>
  due.map((dueDate, i) => ({ position: i + 1, dueDate, completedOn: done[i] ?? null }));

describe('project health', () => {
  const p = phases(['2026-11-10', '2026-11-30'], ['2026-11-09']);

  it('follows the calendar alone: on track, at risk within 3 days, overdue past the due date', () => {
    expect(projectHealth(p, '2026-11-26')).toBe('ON_TRACK');
    expect(projectHealth(p, '2026-11-27')).toBe('AT_RISK');
    expect(projectHealth(p, '2026-11-30')).toBe('AT_RISK');
    expect(projectHealth(p, '2026-12-01')).toBe('OVERDUE');
  });

  it('is judged on the open phase with the lowest position, whatever the order given', () => {
    expect(projectHealth([...p].reverse(), '2026-11-20')).toBe('ON_TRACK');
    expect(projectHealth(phases(['2026-11-10', '2026-11-30']), '2026-11-20')).toBe('OVERDUE');
  });

  it('is at risk when an escalation has been open for more than 5 days', () => {
    expect(projectHealth(p, '2026-11-20', false, '2026-11-15')).toBe('ON_TRACK');
    expect(projectHealth(p, '2026-11-20', false, '2026-11-14')).toBe('AT_RISK');
  });

  it('is COMPLETED when every phase is done and CHURNED when churned, whatever the dates', () => {
    expect(projectHealth(phases(['2026-11-10'], ['2026-12-20']), '2027-01-01')).toBe('COMPLETED');
    expect(projectHealth(p, '2026-11-26', true)).toBe('CHURNED');
  });
});

describe('phase on-time rate', () => {
  it('counts phases due in the period, done on or before their due date', () => {
    const list = phases(
      ['2026-11-05', '2026-11-10', '2026-11-20', '2026-12-05'],
      ['2026-11-05', '2026-11-12', null, '2026-12-01'],
    );
    expect(phaseOnTimeRate(list, '2026-11-01', '2026-11-30', '2027-01-01')).toBeCloseTo(1 / 3);
    expect(phaseOnTimeRate(list, '2026-12-01', '2026-12-31', '2027-01-01')).toBe(1);
    expect(phaseOnTimeRate(list, '2027-01-01', '2027-01-31', '2027-01-01')).toBeNull();
  });

  it('counts an early completion at once, an open phase only once past its due date', () => {
    const list = phases(['2026-11-20', '2026-11-30'], ['2026-11-18', null]);
    expect(phaseOnTimeRate(list, '2026-11-01', '2026-11-30', '2026-11-19')).toBe(1);
    expect(phaseOnTimeRate(list, '2026-11-01', '2026-11-30', '2026-11-30')).toBe(1);
    expect(phaseOnTimeRate(list, '2026-11-01', '2026-12-31', '2026-12-01')).toBe(0.5);
    expect(phaseOnTimeRate(phases(['2026-11-30']), '2026-11-01', '2026-11-30', '2026-11-30')).toBeNull();
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-11-23', 90)).toBe('2027-02-21');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
