import type { TFunction } from 'i18next';
import { vocabLabel } from '../partners/vocabulary';

/** "All partners" for an empty audience, else "Tier 3, 4". */
export function audienceLabel(t: TFunction, tiers: readonly number[]): string {
  if (tiers.length === 0) return t('announcements.allPartners');
  return t('announcements.tiers', {
    tiers: [...tiers].sort((a, b) => a - b).join(t('announcements.tierSeparator')),
  });
}

/** The translated product area (the partners module's vocabulary). */
export function productAreaLabel(t: TFunction, code: string): string {
  return vocabLabel(t, 'productModule', code);
}
