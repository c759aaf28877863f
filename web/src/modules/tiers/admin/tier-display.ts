import { THRESHOLDS, toPercent, type Threshold, type ThresholdField } from './tier-form';

export interface Message {
  key: string;
  values: Record<string, string>;
}

const decimal = (max: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: max, useGrouping: false });
const PERCENT = decimal(1);
const NUMBER = decimal(2);
const RATE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

export const thresholdOf = (field: ThresholdField): Threshold => THRESHOLDS.find((t) => t.field === field) as Threshold;

/** "≥ 90 %", "≤ 1.5", "≥ 4" as a message key and values; null when the tier does not require it. */
export function thresholdText(field: ThresholdField, value: number | null | undefined): Message | null {
  if (value == null) return null;
  const { unit, comparison } = thresholdOf(field);
  const percent = unit === 'percent';
  return {
    key: `tierAdmin.format.${comparison}${percent ? 'Percent' : ''}`,
    values: { value: percent ? PERCENT.format(toPercent(value)) : NUMBER.format(value) },
  };
}

/** 1.1 → "1.10" (shown as ×1.10). */
export const rewardRateValue = (rate: number) => RATE.format(rate);

/** The tier's name in the UI language: one definition for the review pages and the admin page. */
export { tierName } from '../tier-model';
