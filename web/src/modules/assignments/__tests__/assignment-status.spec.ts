import { daysLeft, declineOpen, displayStatus } from '../assignment-status';
import { partnerTabFilter } from '../partner-tabs';
import { checkSettings, weightShares, type SettingsDraft } from '../settings-form';

describe('displayStatus', () => {
  it('splits ACTIVE by acceptance and keeps the others', () => {
    expect(displayStatus({ status: 'ACTIVE', acceptedAt: null })).toBe('AWAITING');
    expect(displayStatus({ status: 'ACTIVE', acceptedAt: '2026-05-01T00:00:00Z' })).toBe('ACCEPTED');
    expect(displayStatus({ status: 'DECLINED', acceptedAt: null })).toBe('DECLINED');
    expect(displayStatus({ status: 'COMPLETED', acceptedAt: '2026-05-01T00:00:00Z' })).toBe('COMPLETED');
  });
});

describe('decline window', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  it('counts whole days left, rounding up, and 0 once passed', () => {
    expect(daysLeft('2026-05-15T12:00:00Z', now)).toBe(5);
    expect(daysLeft('2026-05-10T15:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-05-10T12:00:00Z', now)).toBe(0);
    expect(daysLeft('2026-05-01T00:00:00Z', now)).toBe(0);
  });
  it('is open up to and including the moment', () => {
    expect(declineOpen('2026-05-10T12:00:00Z', now)).toBe(true);
    expect(declineOpen('2026-05-10T11:59:59Z', now)).toBe(false);
  });
});

describe('partner tabs', () => {
  it('filters incoming, current and history', () => {
    expect(partnerTabFilter('incoming')).toEqual({ incoming: true });
    expect(partnerTabFilter('current')).toEqual({ statuses: ['ACTIVE'], incoming: false });
    expect(partnerTabFilter('history')).toEqual({ statuses: ['COMPLETED', 'DECLINED', 'CANCELLED', 'REASSIGNED'] });
  });
});

describe('settings form', () => {
  const draft: SettingsDraft = {
    weightIndustry: 20,
    weightProducts: 20,
    weightCertified: 20,
    weightRegion: 15,
    weightTier: 15,
    weightCapacity: 10,
    declineWindowDays: 5,
  };

  it('shows each weight as its share of the total', () => {
    expect(weightShares(draft)).toEqual({
      industry: 20,
      products: 20,
      certified: 20,
      region: 15,
      tier: 15,
      capacity: 10,
    });
    expect(
      weightShares({
        ...draft,
        weightIndustry: 1,
        weightProducts: 2,
        weightCertified: 0,
        weightRegion: 0,
        weightTier: 0,
        weightCapacity: 0,
      }),
    ).toEqual({ industry: 33.3, products: 66.7, certified: 0, region: 0, tier: 0, capacity: 0 });
    expect(weightShares({ ...draft, weightIndustry: '' }).products).toBe(25);
  });

  it('accepts valid values as the mutation input', () => {
    expect(checkSettings(draft)).toEqual({ input: draft, problems: {} });
  });

  it('flags empty, out-of-range and all-zero values', () => {
    const { input, problems } = checkSettings({ ...draft, weightIndustry: '', weightTier: 101, declineWindowDays: 31 });
    expect(input).toBeNull();
    expect(problems).toEqual({
      weightIndustry: 'validation.required',
      weightTier: 'assignments.settings.errors.weightRange',
      declineWindowDays: 'assignments.settings.errors.declineRange',
    });
    const zero = checkSettings({
      ...draft,
      weightIndustry: 0,
      weightProducts: 0,
      weightCertified: 0,
      weightRegion: 0,
      weightTier: 0,
      weightCapacity: 0,
    });
    expect(zero).toEqual({ input: null, problems: { form: 'assignments.settings.errors.allZero' } });
    expect(checkSettings({ ...draft, weightRegion: 2.5 }).problems.weightRegion).toBe(
      'assignments.settings.errors.weightRange',
    );
  });
});
