import {
  buildRecordMeetingInput,
  cleanAttendees,
  emptyDraft,
  emptyItem,
  formFieldErrors,
  meetingDraftProblems,
  type MeetingDraft,
} from '../meeting-form';

const FIRM = '3f0b0c9e-5d1a-4c3b-9a53-5b8f4f7f0a11';

function draft(patch: Partial<MeetingDraft> = {}): MeetingDraft {
  return { ...emptyDraft(FIRM, '2026-05-10'), title: 'Monthly review', ...patch };
}

const row = (description: string, owner: string, dueDate = '') => ({ ...emptyItem(), description, owner, dueDate });

describe('meeting form: checks', () => {
  it('starts on today with one blank item row, and a blank row is fine', () => {
    const start = emptyDraft(null, '2026-05-10');
    expect(start.date).toBe('2026-05-10');
    expect(start.items).toHaveLength(1);
    expect(meetingDraftProblems({ ...start, partnerId: FIRM, title: 'x' })).toEqual({});
  });

  it('requires the firm, the date and a non-blank title', () => {
    expect(meetingDraftProblems(draft({ partnerId: null, date: '', title: '   ' }))).toEqual({
      partnerId: { kind: 'required' },
      date: { kind: 'required' },
      title: { kind: 'required' },
    });
  });

  it('rejects an impossible date and a too long title', () => {
    expect(meetingDraftProblems(draft({ date: '2026-02-30', title: 'x'.repeat(201) }))).toEqual({
      date: { kind: 'date' },
      title: { kind: 'maxLength', max: 200 },
    });
  });

  it('requires description and owner on a started item row, by row', () => {
    const problems = meetingDraftProblems(
      draft({ items: [row('Send template', 'Tanaka'), row('', '', '2026-05-20'), row('Call', ' ')] }),
    );
    expect(problems).toEqual({
      'actionItems.1.description': { kind: 'required' },
      'actionItems.1.owner': { kind: 'required' },
      'actionItems.2.owner': { kind: 'required' },
    });
  });

  it('caps attendees at 30', () => {
    const attendees = Array.from({ length: 31 }, (_, i) => `Person ${i}`);
    expect(meetingDraftProblems(draft({ attendees }))).toEqual({ attendees: { kind: 'maxCount', max: 30 } });
  });
});

describe('meeting form: input', () => {
  it('trims text, drops blank rows and blank attendees, and maps items back to rows', () => {
    const { input, itemRows } = buildRecordMeetingInput(
      draft({
        title: '  Monthly review  ',
        attendees: [' Tanaka ', '', 'tanaka', 'staff@baton.example'],
        notes: '\n Line 1\nLine 2 \n',
        projectIds: ['p1', 'p2', 'p1'],
        items: [row('  ', ''), row(' Send template ', ' Tanaka ', '2026-05-20'), row('', ''), row('Call', 'Sato')],
      }),
    );
    expect(input).toEqual({
      partnerId: FIRM,
      date: '2026-05-10',
      title: 'Monthly review',
      attendees: ['Tanaka', 'staff@baton.example'],
      notes: 'Line 1\nLine 2',
      projectIds: ['p1', 'p2'],
      actionItems: [
        { description: 'Send template', owner: 'Tanaka', dueDate: '2026-05-20' },
        { description: 'Call', owner: 'Sato', dueDate: null },
      ],
    });
    expect(itemRows).toEqual([1, 3]);
  });

  it('sends no items when every row is blank', () => {
    expect(buildRecordMeetingInput(draft()).input.actionItems).toEqual([]);
  });

  it('refuses a draft without a firm', () => {
    expect(() => buildRecordMeetingInput(draft({ partnerId: null }))).toThrow();
  });

  it('cleans attendees keeping the first spelling', () => {
    expect(cleanAttendees(['  A ', 'a', 'B', ' '])).toEqual(['A', 'B']);
  });
});

describe('meeting form: server errors', () => {
  it('puts item errors back on the form row they came from, and array errors on their field', () => {
    expect(
      formFieldErrors(
        {
          title: 'Title is required',
          'actionItems.1.owner': 'Owner is required',
          'actionItems.0.dueDate': 'Not a date',
          'attendees.2': 'Too long',
          'projectIds.0': 'Not an id',
          'actionItems.7.owner': 'Lost',
        },
        [2, 5],
      ),
    ).toEqual({
      title: 'Title is required',
      'actionItems.5.owner': 'Owner is required',
      'actionItems.2.dueDate': 'Not a date',
      attendees: 'Too long',
      projectIds: 'Not an id',
      actionItems: 'Lost',
    });
  });
});
