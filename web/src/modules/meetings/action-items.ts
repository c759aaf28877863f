import type { ActionItemFieldsFragment, MeetingFieldsFragment } from '../../gql/graphql';

/** Today on the user's calendar, YYYY-MM-DD: action items are due on a local day, not a UTC one. */
export function localToday(now: Date = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

type ItemState = Pick<ActionItemFieldsFragment, 'dueDate' | 'doneAt'>;

/** Past its due day and still open; an item due today is not late yet, one without a due date never is. */
export function isOverdue(item: ItemState, today: string): boolean {
  return !item.doneAt && !!item.dueDate && item.dueDate < today;
}

export function openCount(meeting: Pick<MeetingFieldsFragment, 'actionItems'>): number {
  return meeting.actionItems.filter((item) => !item.doneAt).length;
}

/** An action item with the meeting it came from. */
export interface ActionItemRow {
  item: ActionItemFieldsFragment;
  meeting: Pick<MeetingFieldsFragment, 'id' | 'date' | 'title' | 'partner'>;
}

/** Every item of the meetings, in list order (meeting by meeting, items as the server orders them). */
export function actionItemRows(meetings: readonly MeetingFieldsFragment[]): ActionItemRow[] {
  return meetings.flatMap((meeting) => meeting.actionItems.map((item) => ({ item, meeting })));
}

/** Open items across the meetings, soonest due first; undated ones last, then older meetings first. */
export function openActionItems(meetings: readonly MeetingFieldsFragment[]): ActionItemRow[] {
  return actionItemRows(meetings)
    .filter(({ item }) => !item.doneAt)
    .sort((a, b) => {
      const due = compareDue(a.item.dueDate, b.item.dueDate);
      if (due !== 0) return due;
      if (a.meeting.date !== b.meeting.date) return a.meeting.date < b.meeting.date ? -1 : 1;
      return a.item.description.localeCompare(b.item.description);
    });
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
