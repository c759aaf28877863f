import type { UpdateAssignmentSettingsInput } from '../../gql/graphql';

/** The six fit components, in the order the form shows them (`settings-weight-<key>`). */
export const WEIGHT_KEYS = ['industry', 'products', 'certified', 'region', 'tier', 'capacity'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

export const WEIGHT_MAX = 100;
export const DECLINE_DAYS_MAX = 30;

/** The input field of each weight. */
export const WEIGHT_FIELDS: Record<WeightKey, keyof UpdateAssignmentSettingsInput> = {
  industry: 'weightIndustry',
  products: 'weightProducts',
  certified: 'weightCertified',
  region: 'weightRegion',
  tier: 'weightTier',
  capacity: 'weightCapacity',
};

/** What the inputs hold: a number, or '' while a field is empty. */
export type SettingsDraft = Record<keyof UpdateAssignmentSettingsInput, number | string>;

export function draftOf(settings: UpdateAssignmentSettingsInput): SettingsDraft {
  return { ...settings };
}

function asInt(value: number | string): number | null {
  if (value === '' || value === null) return null;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

/** Each weight's share of the total, in percent with one decimal (0 when every weight is 0). */
export function weightShares(draft: SettingsDraft): Record<WeightKey, number> {
  const values = WEIGHT_KEYS.map((key) => Math.max(0, asInt(draft[WEIGHT_FIELDS[key]]) ?? 0));
  const total = values.reduce((sum, v) => sum + v, 0);
  return Object.fromEntries(
    WEIGHT_KEYS.map((key, i) => [key, total === 0 ? 0 : Math.round((values[i] / total) * 1000) / 10]),
  ) as Record<WeightKey, number>;
}

/** i18n keys of what is wrong, per input field, plus `form` for the whole (all weights 0). */
export type SettingsProblems = Partial<Record<keyof UpdateAssignmentSettingsInput | 'form', string>>;

/** The client's checks (the server checks the ranges again); the input when all is well. */
export function checkSettings(draft: SettingsDraft): {
  input: UpdateAssignmentSettingsInput | null;
  problems: SettingsProblems;
} {
  const problems: SettingsProblems = {};
  const input: Partial<UpdateAssignmentSettingsInput> = {};
  for (const key of WEIGHT_KEYS) {
    const field = WEIGHT_FIELDS[key];
    const value = asInt(draft[field]);
    if (draft[field] === '') problems[field] = 'validation.required';
    else if (value === null || value < 0 || value > WEIGHT_MAX)
      problems[field] = 'assignments.settings.errors.weightRange';
    else input[field] = value;
  }
  const days = asInt(draft.declineWindowDays);
  if (draft.declineWindowDays === '') problems.declineWindowDays = 'validation.required';
  else if (days === null || days < 0 || days > DECLINE_DAYS_MAX)
    problems.declineWindowDays = 'assignments.settings.errors.declineRange';
  else input.declineWindowDays = days;
  if (Object.keys(problems).length === 0 && WEIGHT_KEYS.every((key) => input[WEIGHT_FIELDS[key]] === 0))
    problems.form = 'assignments.settings.errors.allZero';
  return Object.keys(problems).length
    ? { input: null, problems }
    : { input: input as UpdateAssignmentSettingsInput, problems };
}
