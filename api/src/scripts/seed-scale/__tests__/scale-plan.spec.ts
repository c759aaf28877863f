import { accountsOption, FULL_ACCOUNTS, scalePlan } from '../scale-plan';

describe('scale plan', () => {
  it('scales every count with the accounts', () => {
    const full = scalePlan(FULL_ACCOUNTS);
    const tenth = scalePlan(FULL_ACCOUNTS / 10);
    expect(full).toMatchObject({ firms: 1_000, consultants: 5_000, projects: 100_000, phases: 600_000 });
    expect(full).toMatchObject({ usageSnapshots: 1_000_000, surveyAnswers: 50_000, capacityPlans: 24_000 });
    for (const key of ['firms', 'consultants', 'assignments', 'phases', 'usageSnapshots', 'surveyAnswers'] as const)
      expect({ key, ratio: full[key] / tenth[key] }).toEqual({ key, ratio: 10 });
  });

  it('keeps a firm with a consultant at the smallest scales', () => {
    expect(scalePlan(10)).toMatchObject({ firms: 1, consultants: 1, users: 4, capacityPlans: 24 });
  });

  it('takes --accounts before SCALE_ACCOUNTS, the full program by default', () => {
    expect(accountsOption([], {})).toBe(FULL_ACCOUNTS);
    expect(accountsOption([], { SCALE_ACCOUNTS: '10000' })).toBe(10_000);
    expect(accountsOption(['--accounts', '2_000'], { SCALE_ACCOUNTS: '10000' })).toBe(2_000);
    expect(accountsOption(['--accounts=30,000'], {})).toBe(30_000);
  });

  it('refuses what it cannot plan', () => {
    expect(() => accountsOption(['--accounts', 'many'], {})).toThrow(/whole number/);
    expect(() => scalePlan(5)).toThrow(/whole number/);
    expect(() => scalePlan(1.5e7)).toThrow(/whole number/);
  });
});
