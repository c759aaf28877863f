import type { ProjectsListRowFragment } from '../../gql/graphql';

/** The part of i18next's `t` the export needs (a fake in tests). */
export type Translate = (key: string) => string;

/** The export holds at most this many projects (a few pages of the API). */
export const CSV_LIMIT = 500;

/** Header and rows of the project export; dates stay ISO 8601 so spreadsheets can sort them. */
export function projectCsvRows(
  rows: readonly ProjectsListRowFragment[],
  t: Translate,
  phaseName: (phase: { nameEn: string; nameJa: string }) => string,
): string[][] {
  const header = [
    t('onboarding.columns.customer'),
    t('onboarding.columns.partner'),
    t('onboarding.columns.lead'),
    t('onboarding.columns.startDate'),
    t('onboarding.columns.phasePosition'),
    t('onboarding.columns.phase'),
    t('onboarding.columns.phaseDue'),
    t('onboarding.columns.health'),
    t('onboarding.columns.churnReason'),
  ];
  return [
    header,
    ...rows.map((p) => [
      p.customer?.companyName ?? '',
      p.partner?.name ?? '',
      p.leadConsultant?.displayName ?? '',
      p.startDate,
      p.currentPhase ? String(p.currentPhase.position) : '',
      p.currentPhase ? phaseName(p.currentPhase) : '',
      p.currentPhase?.dueDate ?? '',
      t(`onboarding.health.${p.health}`),
      p.churnReason ?? '',
    ]),
  ];
}
