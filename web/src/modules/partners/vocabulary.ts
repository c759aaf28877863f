import { CUSTOMER_SIZE_BANDS, INDUSTRIES, LANGUAGES, PREFECTURES, PRODUCT_MODULES, TIERS } from '@baton/shared';
import type { TFunction } from 'i18next';
import type { PartnerKind, PartnerStatus } from '../../gql/graphql';

/** Code lists of a partner's strengths (libs/shared), translated under `vocab.<kind>.<code>`. */
export type Vocabulary = 'industry' | 'productModule' | 'language' | 'sizeBand' | 'region';

export const VOCABULARIES: Record<Vocabulary, readonly string[]> = {
  industry: INDUSTRIES,
  productModule: PRODUCT_MODULES,
  language: LANGUAGES,
  sizeBand: CUSTOMER_SIZE_BANDS,
  region: PREFECTURES,
};

export const PARTNER_KINDS: readonly PartnerKind[] = [
  'ACCOUNTING_FIRM',
  'TAX_ACCOUNTANT_OFFICE',
  'LABOR_CONSULTANT_OFFICE',
  'SYSTEM_INTEGRATOR',
  'OTHER',
];

/** In lifecycle order: APPLICANT → UNDER_REVIEW → ACTIVE ⇄ SUSPENDED → OFFBOARDED. */
export const PARTNER_STATUSES: readonly PartnerStatus[] = [
  'APPLICANT',
  'UNDER_REVIEW',
  'ACTIVE',
  'SUSPENDED',
  'OFFBOARDED',
];

export const PARTNER_TIERS: readonly number[] = TIERS;

/** The label of one code; an unknown code (newer API) is shown as is. */
export function vocabLabel(t: TFunction, vocabulary: Vocabulary, code: string): string {
  return t(`vocab.${vocabulary}.${code}`, { defaultValue: code });
}

/** Select/MultiSelect data of one vocabulary, in its canonical order. */
export function vocabOptions(t: TFunction, vocabulary: Vocabulary): { value: string; label: string }[] {
  return VOCABULARIES[vocabulary].map((code) => ({ value: code, label: vocabLabel(t, vocabulary, code) }));
}
