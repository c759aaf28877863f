import type { TierAdminTierFieldsFragment, TierDefinitionInput } from '../../../gql/graphql';

export type ThresholdField =
  | 'minOnTimeRate'
  | 'maxEscalationsPerProject'
  | 'minAutonomousShare'
  | 'minValueShare'
  | 'minMeanSlots'
  | 'minSlotStability';

export interface Threshold {
  field: ThresholdField;
  /** Shares and rates travel as 0–1 fractions and are shown and edited as percentages. */
  unit: 'percent' | 'number';
  /** Escalations are a ceiling; every other threshold is a floor. */
  comparison: 'atLeast' | 'atMost';
}

/** The six thresholds in the order the program states them: autonomy first, then value. */
export const THRESHOLDS: readonly Threshold[] = [
  { field: 'minOnTimeRate', unit: 'percent', comparison: 'atLeast' },
  { field: 'maxEscalationsPerProject', unit: 'number', comparison: 'atMost' },
  { field: 'minAutonomousShare', unit: 'percent', comparison: 'atLeast' },
  { field: 'minValueShare', unit: 'percent', comparison: 'atLeast' },
  { field: 'minMeanSlots', unit: 'number', comparison: 'atLeast' },
  { field: 'minSlotStability', unit: 'percent', comparison: 'atLeast' },
];

/** What a number input holds: a number, or text ('' = empty, which for a threshold means "not required"). */
export type FormNumber = number | string;

export type TierFormRow = { tier: number; nameJa: string; nameEn: string; rewardRate: FormNumber } & Record<
  ThresholdField,
  FormNumber
>;

export type TierDefinitionValues = Omit<TierAdminTierFieldsFragment, 'id' | 'setId'>;

// Rounded so that 0.07 shows as 7, not 7.000000000000001, and 7 goes back as 0.07.
export const toPercent = (fraction: number) => Math.round(fraction * 1e6) / 1e4;
export const toFraction = (percent: number) => Math.round(percent * 1e4) / 1e6;

/** The number an input holds, null when empty, NaN when it is not a number. */
export function numberOf(value: FormNumber): number | null {
  if (typeof value === 'number') return value;
  const text = value.trim();
  return text === '' ? null : Number(text);
}

/** Editor rows (percentages, '' = not required) from the definitions, lowest tier first. */
export function fromDefinitions(definitions: readonly TierDefinitionValues[]): TierFormRow[] {
  return [...definitions]
    .sort((a, b) => a.tier - b.tier)
    .map((d) => {
      const row: TierFormRow = {
        tier: d.tier,
        nameJa: d.nameJa,
        nameEn: d.nameEn,
        rewardRate: d.rewardRate,
        minOnTimeRate: '',
        maxEscalationsPerProject: '',
        minAutonomousShare: '',
        minValueShare: '',
        minMeanSlots: '',
        minSlotStability: '',
      };
      for (const { field, unit } of THRESHOLDS) {
        const value = d[field];
        row[field] = value == null ? '' : unit === 'percent' ? toPercent(value) : value;
      }
      return row;
    });
}

/** The mutation's tiers (fractions, null = not required), in the rows' order. Check rows first. */
export function toInput(rows: readonly TierFormRow[]): TierDefinitionInput[] {
  return rows.map((row) => {
    const input: TierDefinitionInput = {
      tier: row.tier,
      nameJa: row.nameJa.trim(),
      nameEn: row.nameEn.trim(),
      rewardRate: numberOf(row.rewardRate) ?? 0,
    };
    for (const { field, unit } of THRESHOLDS) {
      const value = numberOf(row[field]);
      input[field] = value === null ? null : unit === 'percent' ? toFraction(value) : value;
    }
    return input;
  });
}

export type TierFormProblem = 'required' | 'number' | 'percentRange' | 'nonNegative' | 'positive';

/**
 * What the browser can tell before sending, keyed like the server's field errors
 * (`tiers.<index>.<field>`); the server checks the rest (e.g. tiers getting stricter upwards).
 */
export function tierFormProblems(rows: readonly TierFormRow[]): Record<string, TierFormProblem> {
  const problems: Record<string, TierFormProblem> = {};
  rows.forEach((row, index) => {
    const key = (field: string) => `tiers.${index}.${field}`;
    if (row.nameJa.trim() === '') problems[key('nameJa')] = 'required';
    if (row.nameEn.trim() === '') problems[key('nameEn')] = 'required';
    const rate = numberOf(row.rewardRate);
    if (rate === null) problems[key('rewardRate')] = 'required';
    else if (Number.isNaN(rate)) problems[key('rewardRate')] = 'number';
    else if (rate <= 0) problems[key('rewardRate')] = 'positive';
    for (const { field, unit } of THRESHOLDS) {
      const value = numberOf(row[field]);
      if (value === null) continue;
      if (Number.isNaN(value)) problems[key(field)] = 'number';
      else if (unit === 'percent' && (value < 0 || value > 100)) problems[key(field)] = 'percentRange';
      else if (value < 0) problems[key(field)] = 'nonNegative';
    }
  });
  return problems;
}
