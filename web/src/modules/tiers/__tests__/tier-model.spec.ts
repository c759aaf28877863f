import { unmetThresholds, type TierComponent } from '@baton/shared';
import { COMPONENTS, judge, thresholdOf, tierName } from '../tier-model';

const gold = {
  tier: 4,
  nameEn: 'Gold',
  nameJa: 'ゴールド',
  minOnTimeRate: 0.9,
  maxEscalationsPerProject: 0.5,
  minAutonomousShare: 0.8,
  minValueShare: null,
  minMeanSlots: 6,
  minSlotStability: 0.7,
  rewardRate: 1.15,
};

describe('tier model', () => {
  it('judges each component like the server: at most for escalations, at least otherwise, none when not required', () => {
    expect(judge('onTimeRate', 0.9, 0.9)).toBe('met');
    expect(judge('onTimeRate', 0.89, 0.9)).toBe('unmet');
    expect(judge('escalationsPerProject', 0.5, 0.5)).toBe('met');
    expect(judge('escalationsPerProject', 0.6, 0.5)).toBe('unmet');
    expect(judge('valueShare', 0.1, null)).toBe('none');
    expect(judge('meanSlots', null, 6)).toBe('unmet');
  });

  it('marks unmet exactly the thresholds libs/shared reports as gaps', () => {
    const evidence = {
      onTimeRate: 0.95,
      escalationsPerProject: 0.7,
      autonomousShare: 0.8,
      valueShare: 0.2,
      meanSlots: null,
      slotStability: 0.5,
    };
    const rule = {
      tier: 4,
      thresholds: Object.fromEntries(COMPONENTS.map((c) => [c, thresholdOf(gold, c) ?? null])) as Record<
        TierComponent,
        number | null
      >,
    };
    const gaps = unmetThresholds({ ...evidence, projectsStarted: 1, projectsFinished: 1, phasesDecided: 1 }, rule);
    const unmet = COMPONENTS.filter((c) => judge(c, evidence[c], thresholdOf(gold, c)) === 'unmet');
    expect(unmet).toEqual(gaps.map((g) => g.component));
    expect(unmet).toEqual(['escalationsPerProject', 'meanSlots', 'slotStability']);
  });

  it('names a tier in the UI language', () => {
    expect(tierName(gold, 'ja')).toBe('ゴールド');
    expect(tierName(gold, 'en')).toBe('Gold');
    expect(tierName(gold, 'pseudo')).toBe('Gold');
  });
});
