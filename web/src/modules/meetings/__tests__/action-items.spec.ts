import type { MeetingFieldsFragment } from '../../../gql/graphql';
import { actionItemRows, isOverdue, localToday, openActionItems, openCount } from '../action-items';

const item = (id: string, dueDate: string | null, doneAt: string | null = null, description = id) => ({
  id,
  description,
  owner: 'Tanaka',
  dueDate,
  doneAt,
  doneByEmail: doneAt ? 'admin@sakura.example' : null,
});

const meeting = (id: string, date: string, items: MeetingFieldsFragment['actionItems']): MeetingFieldsFragment => ({
  id,
  date,
  title: `Meeting ${id}`,
  attendees: [],
  notes: '',
  createdByEmail: 'staff@baton.example',
  createdAt: `${date}T09:00:00.000Z`,
  partner: { id: 'f1', name: 'Sakura' },
  projects: [],
  actionItems: items,
});

describe('isOverdue', () => {
  const today = '2026-05-10';

  it('is overdue once the due day has passed and the item is open', () => {
    expect(isOverdue(item('a', '2026-05-09'), today)).toBe(true);
    expect(isOverdue(item('a', '2025-12-31'), today)).toBe(true);
  });

  it('is not overdue on the due day itself, before it, or without a due date', () => {
    expect(isOverdue(item('a', '2026-05-10'), today)).toBe(false);
    expect(isOverdue(item('a', '2026-05-11'), today)).toBe(false);
    expect(isOverdue(item('a', null), today)).toBe(false);
  });

  it('is never overdue once done, however late', () => {
    expect(isOverdue(item('a', '2026-01-01', '2026-05-01T10:00:00.000Z'), today)).toBe(false);
  });
});

describe('localToday', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('open action items', () => {
  const m1 = meeting('m1', '2026-05-01', [
    item('a', '2026-05-20'),
    item('b', null),
    item('c', '2026-05-02', '2026-05-03T00:00:00.000Z'),
  ]);
  const m2 = meeting('m2', '2026-04-01', [item('d', '2026-05-20', null, 'Alpha'), item('e', '2026-04-15')]);

  it('counts the open items of a meeting', () => {
    expect(openCount(m1)).toBe(2);
    expect(openCount(meeting('m3', '2026-05-01', []))).toBe(0);
  });

  it('lists every item with its meeting, in list order', () => {
    expect(actionItemRows([m1, m2]).map((r) => `${r.meeting.id}/${r.item.id}`)).toEqual([
      'm1/a',
      'm1/b',
      'm1/c',
      'm2/d',
      'm2/e',
    ]);
  });

  it('keeps open items only, soonest due first, undated last, ties by older meeting', () => {
    expect(openActionItems([m1, m2]).map((r) => r.item.id)).toEqual(['e', 'd', 'a', 'b']);
  });

  it('is empty when everything is done', () => {
    expect(openActionItems([meeting('m4', '2026-05-01', [item('x', '2026-05-01', '2026-05-01T00:00:00Z')])])).toEqual(
      [],
    );
  });
});
