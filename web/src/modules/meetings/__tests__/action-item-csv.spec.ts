import type { MeetingFieldsFragment } from '../../../gql/graphql';
import { toCsv } from '../../common/csv';
import { actionItemCsvFilename, actionItemCsvRows, actionItemStatus } from '../action-item-csv';
import { actionItemRows } from '../action-items';

const t = (key: string) => `[${key}]`;
const today = '2026-05-10';

const meeting: MeetingFieldsFragment = {
  id: 'm1',
  date: '2026-05-01',
  title: 'Monthly review, May',
  attendees: ['Tanaka'],
  notes: '',
  createdByEmail: 'staff@baton.example',
  createdAt: '2026-05-01T09:00:00.000Z',
  partner: { id: 'f1', name: 'さくら会計事務所' },
  projects: [],
  actionItems: [
    {
      id: 'a',
      description: 'Send "data" template',
      owner: 'Tanaka',
      dueDate: '2026-05-05',
      doneAt: null,
      doneByEmail: null,
    },
    { id: 'b', description: '=SUM(A1)', owner: 'Vendor', dueDate: null, doneAt: null, doneByEmail: null },
    {
      id: 'c',
      description: 'Book the lecture',
      owner: 'Suzuki',
      dueDate: '2026-05-03',
      doneAt: '2026-05-02T08:00:00.000Z',
      doneByEmail: 'admin@sakura.example',
    },
    { id: 'd', description: 'Follow up', owner: 'Sato', dueDate: '2026-05-10', doneAt: null, doneByEmail: null },
  ],
};

describe('action item CSV', () => {
  const rows = actionItemRows([meeting, { ...meeting, id: 'm2', partner: null, actionItems: [] }]);

  it('has a translated header and one row per item (meetings without items add none)', () => {
    const csv = actionItemCsvRows(rows, t, today);
    expect(csv).toHaveLength(5);
    expect(csv[0]).toEqual([
      '[meetings.csv.meetingDate]',
      '[meetings.csv.partner]',
      '[meetings.csv.meetingTitle]',
      '[meetings.csv.description]',
      '[meetings.csv.owner]',
      '[meetings.csv.dueDate]',
      '[meetings.csv.status]',
      '[meetings.csv.doneAt]',
      '[meetings.csv.doneBy]',
    ]);
  });

  it('writes ISO dates, the status and who completed it', () => {
    const csv = actionItemCsvRows(rows, t, today);
    expect(csv[1]).toEqual([
      '2026-05-01',
      'さくら会計事務所',
      'Monthly review, May',
      'Send "data" template',
      'Tanaka',
      '2026-05-05',
      '[meetings.itemStatus.overdue]',
      '',
      '',
    ]);
    expect(csv[2]?.[5]).toBe('');
    expect(csv[2]?.[6]).toBe('[meetings.itemStatus.open]');
    expect(csv[3]?.slice(6)).toEqual([
      '[meetings.itemStatus.done]',
      '2026-05-02T08:00:00.000Z',
      'admin@sakura.example',
    ]);
    expect(csv[4]?.[6]).toBe('[meetings.itemStatus.open]');
  });

  it('is quoted and formula-safe once turned into CSV text', () => {
    const text = toCsv(actionItemCsvRows(rows, t, today));
    expect(text).toContain('"Monthly review, May"');
    expect(text).toContain('"Send ""data"" template"');
    expect(text).toContain(",'=SUM(A1),");
    expect(text.split('\r\n')).toHaveLength(6);
  });

  it('derives the status from done and due date', () => {
    expect(rows.map((r) => actionItemStatus(r, today))).toEqual(['overdue', 'open', 'done', 'open']);
  });

  it('names the file by the day', () => {
    expect(actionItemCsvFilename(today)).toBe('action-items-2026-05-10.csv');
  });
});
