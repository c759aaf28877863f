import { isOverdue, type ActionItemRow } from './action-items';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The export covers at most this many meetings (a few pages of the API). */
export const CSV_MEETING_LIMIT = 1000;

export type ActionItemStatus = 'done' | 'overdue' | 'open';

export function actionItemStatus(row: ActionItemRow, today: string): ActionItemStatus {
  if (row.item.doneAt) return 'done';
  return isOverdue(row.item, today) ? 'overdue' : 'open';
}

/**
 * Header and one row per action item, in list order. Dates stay ISO (YYYY-MM-DD, and ISO 8601 for
 * the completion time) so a spreadsheet sorts them.
 */
export function actionItemCsvRows(rows: readonly ActionItemRow[], t: Translate, today: string): string[][] {
  const header = [
    t('meetings.csv.meetingDate'),
    t('meetings.csv.partner'),
    t('meetings.csv.meetingTitle'),
    t('meetings.csv.description'),
    t('meetings.csv.owner'),
    t('meetings.csv.dueDate'),
    t('meetings.csv.status'),
    t('meetings.csv.doneAt'),
    t('meetings.csv.doneBy'),
  ];
  return [
    header,
    ...rows.map((row) => [
      row.meeting.date,
      row.meeting.partner?.name ?? '',
      row.meeting.title,
      row.item.description,
      row.item.owner,
      row.item.dueDate ?? '',
      t(`meetings.itemStatus.${actionItemStatus(row, today)}`),
      row.item.doneAt ?? '',
      row.item.doneByEmail ?? '',
    ]),
  ];
}

export function actionItemCsvFilename(today: string): string {
  return `action-items-${today}.csv`;
}
