import type { AssignmentRowFragment } from '../../gql/graphql';
import { displayStatus } from './assignment-status';

/** The part of i18next's `t` the export needs (a fake in tests). */
export type Translate = (key: string) => string;

/** The export holds at most this many assignments. */
export const CSV_LIMIT = 2000;

/** Header and rows of the assignment export; dates stay ISO 8601 so spreadsheets can sort them. */
export function assignmentCsvRows(rows: readonly AssignmentRowFragment[], t: Translate): string[][] {
  const header = [
    t('assignments.columns.customer'),
    t('assignments.columns.externalId'),
    t('assignments.columns.partner'),
    t('assignments.columns.lead'),
    t('assignments.columns.leadEmail'),
    t('assignments.columns.month'),
    t('assignments.columns.status'),
    t('assignments.columns.source'),
    t('assignments.columns.fit'),
    t('assignments.columns.assignedAt'),
    t('assignments.columns.assignedBy'),
    t('assignments.columns.declineBy'),
    t('assignments.columns.acceptedAt'),
    t('assignments.columns.acceptedBy'),
    t('assignments.columns.endedAt'),
    t('assignments.columns.endReason'),
  ];
  return [
    header,
    ...rows.map((a) => [
      a.customer?.companyName ?? '',
      a.customer?.externalId ?? '',
      a.partner?.name ?? '',
      a.leadConsultant?.displayName ?? '',
      a.leadConsultant?.email ?? '',
      a.month,
      t(`assignments.status.${displayStatus(a)}`),
      t(`assignments.source.${a.source}`),
      a.fit == null ? '' : a.fit.toFixed(1),
      a.assignedAt,
      a.assignedByEmail ?? '',
      a.declineBy,
      a.acceptedAt ?? '',
      a.acceptedByEmail ?? '',
      a.endedAt ?? '',
      a.endReason ?? '',
    ]),
  ];
}
