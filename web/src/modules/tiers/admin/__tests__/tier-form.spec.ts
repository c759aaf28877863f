import type { TierDefinitionValues } from '../tier-form';
import { fromDefinitions, tierFormProblems, toFraction, toInput, toPercent } from '../tier-form';
import { rewardRateValue, thresholdText, tierName } from '../tier-display';

const def = (tier: number, over: Partial<TierDefinitionValues> = {}): TierDefinitionValues => ({
  tier,
  nameJa: `ティア${tier}`,
  nameEn: `Tier ${tier}`,
  minOnTimeRate: null,
  maxEscalationsPerProject: null,
  minAutonomousShare: null,
  minValueShare: null,
  minMeanSlots: null,
  minSlotStability: null,
  rewardRate: 1,
  ...over,
});

const DEFINITIONS = [
  def(3, {
    minOnTimeRate: 0.85,
    maxEscalationsPerProject: 1.5,
    minAutonomousShare: 0.07,
    minValueShare: 0.575,
    minMeanSlots: 4,
    minSlotStability: 0.7,
    rewardRate: 1.1,
  }),
  def(1),
  def(2, { minOnTimeRate: 0.6, rewardRate: 1.05 }),
];

describe('tier editor form: percent ⇄ fraction', () => {
  it('converts without floating point noise', () => {
    expect(toPercent(0.07)).toBe(7);
    expect(toPercent(0.575)).toBe(57.5);
    expect(toFraction(7)).toBe(0.07);
    expect(toFraction(57.5)).toBe(0.575);
  });

  it('shows shares as percentages, plain numbers as they are, and "not required" as empty, lowest tier first', () => {
    const rows = fromDefinitions(DEFINITIONS);
    expect(rows.map((r) => r.tier)).toEqual([1, 2, 3]);
    expect(rows[0].minOnTimeRate).toBe('');
    expect(rows[2]).toEqual({
      tier: 3,
      nameJa: 'ティア3',
      nameEn: 'Tier 3',
      rewardRate: 1.1,
      minOnTimeRate: 85,
      maxEscalationsPerProject: 1.5,
      minAutonomousShare: 7,
      minValueShare: 57.5,
      minMeanSlots: 4,
      minSlotStability: 70,
    });
  });

  it('round-trips the definitions, empty inputs going back as null', () => {
    const sorted = [...DEFINITIONS].sort((a, b) => a.tier - b.tier);
    expect(toInput(fromDefinitions(DEFINITIONS))).toEqual(sorted);
  });

  it('sends edited percentages as fractions, trims names, and reads typed text', () => {
    const [row] = fromDefinitions([def(4)]);
    const input = toInput([
      { ...row, nameEn: '  Gold ', minOnTimeRate: 92.5, minSlotStability: '80', minMeanSlots: ' ', rewardRate: '1.2' },
    ]);
    expect(input[0]).toMatchObject({
      nameEn: 'Gold',
      minOnTimeRate: 0.925,
      minSlotStability: 0.8,
      minMeanSlots: null,
      rewardRate: 1.2,
    });
  });
});

describe('tier editor form: checks', () => {
  it('accepts the current definitions', () => {
    expect(tierFormProblems(fromDefinitions(DEFINITIONS))).toEqual({});
  });

  it('keys problems like the server field errors', () => {
    const rows = fromDefinitions(DEFINITIONS);
    rows[1] = { ...rows[1], nameJa: ' ', rewardRate: '', minOnTimeRate: 120, maxEscalationsPerProject: -1 };
    rows[2] = { ...rows[2], minMeanSlots: 'abc', rewardRate: 0 };
    expect(tierFormProblems(rows)).toEqual({
      'tiers.1.nameJa': 'required',
      'tiers.1.rewardRate': 'required',
      'tiers.1.minOnTimeRate': 'percentRange',
      'tiers.1.maxEscalationsPerProject': 'nonNegative',
      'tiers.2.minMeanSlots': 'number',
      'tiers.2.rewardRate': 'positive',
    });
  });
});

describe('tier display', () => {
  it('formats thresholds with their direction, "not required" as null', () => {
    expect(thresholdText('minOnTimeRate', 0.85)).toEqual({
      key: 'tierAdmin.format.atLeastPercent',
      values: { value: '85' },
    });
    expect(thresholdText('minValueShare', 0.575)?.values.value).toBe('57.5');
    expect(thresholdText('maxEscalationsPerProject', 1.5)).toEqual({
      key: 'tierAdmin.format.atMost',
      values: { value: '1.5' },
    });
    expect(thresholdText('minMeanSlots', 4)).toEqual({ key: 'tierAdmin.format.atLeast', values: { value: '4' } });
    expect(thresholdText('minSlotStability', null)).toBeNull();
    expect(rewardRateValue(1.1)).toBe('1.10');
    expect(rewardRateValue(1.125)).toBe('1.125');
  });

  it('names the tier in the UI language', () => {
    expect(tierName(def(2), 'ja')).toBe('ティア2');
    expect(tierName(def(2), 'en')).toBe('Tier 2');
    expect(tierName(def(2), 'pseudo')).toBe('Tier 2');
  });
});
