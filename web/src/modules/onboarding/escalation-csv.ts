import type { EscalationRowFragment } from '../../gql/graphql';
import { ageMs, firstResponseMs, hoursOf, type Translate } from './escalation-age';
import { statusOf } from './escalation-priority';

/** The export holds at most this many escalations (a few pages of the API). */
export const CSV_LIMIT = 1000;

/**
 * Header and rows of the inbox export, in list order. Times stay ISO 8601 and durations are hours
 * with one decimal, so a spreadsheet can sort and sum them.
 */
export function escalationCsvRows(rows: readonly EscalationRowFragment[], t: Translate, now: Date): string[][] {
  const header = [
    t('escalations.columns.priority'),
    t('escalations.columns.ageHours'),
    t('escalations.columns.category'),
    t('escalations.columns.subject'),
    t('escalations.columns.customer'),
    t('escalations.columns.partner'),
    t('escalations.columns.raisedBy'),
    t('escalations.columns.raisedAt'),
    t('escalations.columns.firstResponseAt'),
    t('escalations.columns.firstResponseHours'),
    t('escalations.columns.status'),
    t('escalations.columns.resolvedAt'),
    t('escalations.columns.resolvedBy'),
  ];
  return [
    header,
    ...rows.map((e) => {
      const response = firstResponseMs(e);
      return [
        e.priority ? t(`escalations.priority.${e.priority}`) : '',
        String(hoursOf(ageMs(e, now))),
        t(`escalations.category.${e.category}`),
        e.subject,
        e.project?.customer?.companyName ?? '',
        e.project?.partner?.name ?? '',
        e.raisedByEmail ?? '',
        e.createdAt,
        e.firstResponseAt ?? '',
        response === null ? '' : String(hoursOf(response)),
        t(`escalations.status.${statusOf(e)}`),
        e.resolvedAt ?? '',
        e.resolvedByEmail ?? '',
      ];
    }),
  ];
}
