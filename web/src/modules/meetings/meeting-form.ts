import type { RecordMeetingInput } from '../../gql/graphql';

/** Limits the server enforces (see `RecordMeetingInput`), checked here before sending. */
export const MEETING_LIMITS = {
  title: 200,
  attendee: 200,
  attendees: 30,
  notes: 20000,
  projects: 50,
  items: 50,
  description: 500,
  owner: 200,
} as const;

export interface ActionItemDraft {
  /** Stable React key of the row (rows can be removed from the middle). */
  key: string;
  description: string;
  owner: string;
  /** YYYY-MM-DD or '' */
  dueDate: string;
}

export interface MeetingDraft {
  partnerId: string | null;
  date: string;
  title: string;
  attendees: string[];
  notes: string;
  projectIds: string[];
  items: ActionItemDraft[];
}

let nextKey = 0;

export function emptyItem(): ActionItemDraft {
  nextKey += 1;
  return { key: `item-${nextKey}`, description: '', owner: '', dueDate: '' };
}

export function emptyDraft(partnerId: string | null, today: string): MeetingDraft {
  return { partnerId, date: today, title: '', attendees: [], notes: '', projectIds: [], items: [emptyItem()] };
}

/** A row the user left untouched (or cleared) is not an action item: it is dropped, not rejected. */
export function isBlankItem(item: ActionItemDraft): boolean {
  return !item.description.trim() && !item.owner.trim() && !item.dueDate.trim();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** What is wrong, per field: keys are the form's fields, action items as `actionItems.<row>.<field>`. */
export type MeetingProblem =
  { kind: 'required' } | { kind: 'maxLength'; max: number } | { kind: 'maxCount'; max: number } | { kind: 'date' };

export function meetingDraftProblems(draft: MeetingDraft): Record<string, MeetingProblem> {
  const found: Record<string, MeetingProblem> = {};
  const text = (field: string, value: string, max: number) => {
    const trimmed = value.trim();
    if (!trimmed) found[field] = { kind: 'required' };
    else if (trimmed.length > max) found[field] = { kind: 'maxLength', max };
  };
  if (!draft.partnerId) found.partnerId = { kind: 'required' };
  if (!draft.date.trim()) found.date = { kind: 'required' };
  else if (!isDate(draft.date.trim())) found.date = { kind: 'date' };
  text('title', draft.title, MEETING_LIMITS.title);
  const attendees = cleanAttendees(draft.attendees);
  if (attendees.length > MEETING_LIMITS.attendees)
    found.attendees = { kind: 'maxCount', max: MEETING_LIMITS.attendees };
  else if (attendees.some((a) => a.length > MEETING_LIMITS.attendee))
    found.attendees = { kind: 'maxLength', max: MEETING_LIMITS.attendee };
  if (draft.notes.trim().length > MEETING_LIMITS.notes) found.notes = { kind: 'maxLength', max: MEETING_LIMITS.notes };
  if (draft.projectIds.length > MEETING_LIMITS.projects)
    found.projectIds = { kind: 'maxCount', max: MEETING_LIMITS.projects };
  const kept = draft.items.filter((item) => !isBlankItem(item));
  if (kept.length > MEETING_LIMITS.items) found.actionItems = { kind: 'maxCount', max: MEETING_LIMITS.items };
  draft.items.forEach((item, row) => {
    if (isBlankItem(item)) return;
    text(`actionItems.${row}.description`, item.description, MEETING_LIMITS.description);
    text(`actionItems.${row}.owner`, item.owner, MEETING_LIMITS.owner);
    if (item.dueDate.trim() && !isDate(item.dueDate.trim())) found[`actionItems.${row}.dueDate`] = { kind: 'date' };
  });
  return found;
}

/** Trimmed names, blanks dropped, each person once (first spelling kept). */
export function cleanAttendees(attendees: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of attendees) {
    const name = raw.trim();
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    result.push(name);
  }
  return result;
}

/**
 * The mutation's input from a checked draft: text trimmed, blank item rows dropped. `itemRows[i]` is
 * the form row of `input.actionItems[i]`, to put the server's `actionItems.<i>.*` errors back on the row.
 */
export function buildRecordMeetingInput(draft: MeetingDraft): { input: RecordMeetingInput; itemRows: number[] } {
  if (!draft.partnerId) throw new Error('buildRecordMeetingInput: no firm (check the draft first)');
  const itemRows: number[] = [];
  const actionItems = draft.items.flatMap((item, row) => {
    if (isBlankItem(item)) return [];
    itemRows.push(row);
    return [{ description: item.description.trim(), owner: item.owner.trim(), dueDate: item.dueDate.trim() || null }];
  });
  return {
    input: {
      partnerId: draft.partnerId,
      date: draft.date.trim(),
      title: draft.title.trim(),
      attendees: cleanAttendees(draft.attendees),
      notes: draft.notes.trim(),
      projectIds: [...new Set(draft.projectIds)],
      actionItems,
    },
    itemRows,
  };
}

/**
 * The server's field errors on the form's fields: `actionItems.<i>.x` goes back to the row it came
 * from, an attendee's or project's error (`attendees.3`) to its field.
 */
export function formFieldErrors(server: Record<string, string>, itemRows: readonly number[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(server)) {
    const item = /^actionItems\.(\d+)\.(\w+)$/.exec(field);
    let target = field;
    if (item) {
      const row = itemRows[Number(item[1])];
      target = row === undefined ? 'actionItems' : `actionItems.${row}.${item[2]}`;
    } else {
      target = field.split('.')[0]!;
    }
    if (!(target in result)) result[target] = message;
  }
  return result;
}
