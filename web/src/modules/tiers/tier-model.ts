import type { TierDefinitionFieldsFragment, TierEvidenceFieldsFragment } from '../../gql/graphql';

/** The six measured components, in the order the portal shows them (autonomy, then value). */
export const COMPONENTS = [
  'onTimeRate',
  'escalationsPerProject',
  'autonomousShare',
  'valueShare',
  'meanSlots',
  'slotStability',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** Lower is better for these; the rest are "at least". */
const AT_MOST: readonly Component[] = ['escalationsPerProject'];
/** Shown as percentages (the API gives 0–1). */
export const SHARES: readonly Component[] = ['onTimeRate', 'autonomousShare', 'valueShare', 'slotStability'];

const THRESHOLD: Record<Component, keyof TierDefinitionFieldsFragment> = {
  onTimeRate: 'minOnTimeRate',
  escalationsPerProject: 'maxEscalationsPerProject',
  autonomousShare: 'minAutonomousShare',
  valueShare: 'minValueShare',
  meanSlots: 'minMeanSlots',
  slotStability: 'minSlotStability',
};

export const isAtMost = (c: Component) => AT_MOST.includes(c);

export const thresholdOf = (d: TierDefinitionFieldsFragment, c: Component) =>
  d[THRESHOLD[c]] as number | null | undefined;

/** Met, unmet, or not required ("none"), like `unmetThresholds` of libs/shared. */
export function judge(c: Component, actual: number | null | undefined, required: number | null | undefined) {
  if (required == null) return 'none' as const;
  if (actual == null) return 'unmet' as const;
  return (isAtMost(c) ? actual <= required : actual >= required) ? ('met' as const) : ('unmet' as const);
}

export const valueOf = (e: TierEvidenceFieldsFragment, c: Component) => e[c] ?? null;

/** The tier's name in the UI language. */
export const tierName = (d: Pick<TierDefinitionFieldsFragment, 'nameEn' | 'nameJa'>, language: string) =>
  language.startsWith('ja') ? d.nameJa : d.nameEn;
