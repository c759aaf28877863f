import { activationOutcome, activationRate, outreachFlag, projectDay } from '../kpi';

const rule = { threshold: 60, windowDays: 90 };
const start = '2026-01-01';
// Day 90 (the window's last day) is 2026-03-31; day 30 is 2026-01-30; day 60 is 2026-03-01.
const project = { startDate: start, churned: false };
const at = (takenOn: string, utilization: number) => ({ takenOn, utilization });

describe('activationOutcome', () => {
  it('activates on the first report exactly on the threshold, with day 1 as the start date', () => {
    const r = activationOutcome(
      project,
      [at('2026-01-20', 59), at('2026-01-10', 60), at('2026-02-01', 80)],
      rule,
      '2026-02-10',
    );
    expect(r).toEqual({ outcome: 'ACTIVATED', activatedOn: '2026-01-10', day: 10 });
    expect(activationOutcome(project, [at(start, 60)], rule, start)).toEqual({
      outcome: 'ACTIVATED',
      activatedOn: start,
      day: 1,
    });
  });

  it('stays pending below the threshold while the window is open, through its last day', () => {
    expect(activationOutcome(project, [at('2026-01-10', 59)], rule, '2026-03-31')).toEqual({
      outcome: 'PENDING',
      activatedOn: null,
      day: null,
    });
  });

  it('is not activated the day after the window closes', () => {
    expect(activationOutcome(project, [at('2026-01-10', 59)], rule, '2026-04-01').outcome).toBe('NOT_ACTIVATED');
  });

  it('counts a report on the last window day, but not the day after (then it is late)', () => {
    expect(activationOutcome(project, [at('2026-03-31', 70)], rule, '2026-04-05')).toEqual({
      outcome: 'ACTIVATED',
      activatedOn: '2026-03-31',
      day: 90,
    });
    expect(activationOutcome(project, [at('2026-04-01', 70)], rule, '2026-04-05')).toEqual({
      outcome: 'NOT_ACTIVATED',
      activatedOn: '2026-04-01',
      day: 91,
    });
  });

  it('ignores reports before the start date', () => {
    expect(activationOutcome(project, [at('2025-12-31', 100)], rule, '2026-01-05').outcome).toBe('PENDING');
  });

  it('is not activated once churned, unless it had already activated', () => {
    const churned = { startDate: start, churned: true };
    expect(activationOutcome(churned, [at('2026-01-10', 10)], rule, '2026-01-20').outcome).toBe('NOT_ACTIVATED');
    expect(activationOutcome(churned, [at('2026-01-10', 90)], rule, '2026-01-20').outcome).toBe('ACTIVATED');
  });

  it('is pending without any report in an open window', () => {
    expect(activationOutcome(project, [], rule, '2026-01-02').outcome).toBe('PENDING');
  });

  it('follows the configured window and threshold', () => {
    const short = { threshold: 80, windowDays: 10 };
    expect(activationOutcome(project, [at('2026-01-05', 70)], short, '2026-01-11').outcome).toBe('NOT_ACTIVATED');
    expect(activationOutcome(project, [at('2026-01-10', 80)], short, '2026-01-11').outcome).toBe('ACTIVATED');
  });
});

describe('activationRate', () => {
  it('is activated ÷ decided, pending ones not counted', () => {
    expect(activationRate(['ACTIVATED', 'NOT_ACTIVATED', 'PENDING', 'ACTIVATED', 'NOT_ACTIVATED'])).toBe(0.5);
    expect(activationRate(['ACTIVATED', 'PENDING'])).toBe(1);
  });

  it('is null when nothing is decided yet', () => {
    expect(activationRate([])).toBeNull();
    expect(activationRate(['PENDING', 'PENDING'])).toBeNull();
  });
});

describe('outreachFlag', () => {
  it('flags DAY_30 from day 30 and DAY_60 from day 60 while not activated', () => {
    const below = [at('2026-01-10', 20)];
    expect(projectDay(start, '2026-01-30')).toBe(30);
    expect(outreachFlag(project, below, rule, '2026-01-29')).toBeNull();
    expect(outreachFlag(project, below, rule, '2026-01-30')).toBe('DAY_30');
    expect(outreachFlag(project, below, rule, '2026-02-28')).toBe('DAY_30');
    expect(outreachFlag(project, below, rule, '2026-03-01')).toBe('DAY_60');
    expect(outreachFlag(project, [], rule, '2026-03-31')).toBe('DAY_60');
  });

  it('clears once the customer activates, when churned and once the window has closed', () => {
    expect(outreachFlag(project, [at('2026-02-10', 65)], rule, '2026-03-05')).toBeNull();
    expect(outreachFlag({ startDate: start, churned: true }, [], rule, '2026-02-05')).toBeNull();
    expect(outreachFlag(project, [], rule, '2026-04-01')).toBeNull();
  });
});
