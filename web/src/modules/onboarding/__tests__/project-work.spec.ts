import { hoursByKind, hoursProblem } from '../project-work';

describe('hours per kind', () => {
  it('sums each kind and the total, every kind present', () => {
    const { byKind, total } = hoursByKind([
      { kind: 'REQUIREMENTS_ADVICE', hours: 2 },
      { kind: 'OPERATION_LECTURE', hours: 1.5 },
      { kind: 'REQUIREMENTS_ADVICE', hours: 0.5 },
    ]);
    expect(byKind).toEqual({ REQUIREMENTS_ADVICE: 2.5, OPERATION_LECTURE: 1.5, ISSUE_RESOLUTION: 0 });
    expect(total).toBe(4);
  });

  it('adds decimals without floating-point noise', () => {
    const { byKind, total } = hoursByKind([
      { kind: 'ISSUE_RESOLUTION', hours: 0.1 },
      { kind: 'ISSUE_RESOLUTION', hours: 0.2 },
      { kind: 'OPERATION_LECTURE', hours: 0.7 },
    ]);
    expect(byKind.ISSUE_RESOLUTION).toBe(0.3);
    expect(total).toBe(1);
  });

  it('is all zeros for no logs', () => {
    expect(hoursByKind([])).toEqual({
      byKind: { REQUIREMENTS_ADVICE: 0, OPERATION_LECTURE: 0, ISSUE_RESOLUTION: 0 },
      total: 0,
    });
  });
});

describe('hours input', () => {
  it('accepts 0.5 to 24 with one decimal', () => {
    expect(hoursProblem(0.5)).toBeNull();
    expect(hoursProblem(24)).toBeNull();
    expect(hoursProblem('1.5')).toBeNull();
    expect(hoursProblem(2.3)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(hoursProblem('')).toBe('required');
    expect(hoursProblem(0.4)).toBe('range');
    expect(hoursProblem(24.5)).toBe('range');
    expect(hoursProblem(1.25)).toBe('decimals');
  });
});
