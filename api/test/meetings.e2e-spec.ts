import { createTestEnvironment, type TestEnvironment } from './support/test-environment';

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env.close());

const RECORD = `mutation ($i: RecordMeetingInput!) { recordMeeting(input: $i) {
  __typename ... on Meeting { id title attendees notes projects { id } actionItems { id description owner dueDate doneAt } }
  ... on ErrorResult { errorCode } } }`;
type Meeting = {
  id: string;
  projects: { id: string }[];
  actionItems: { id: string; owner: string; doneAt: string | null }[];
};

describe('progress meetings', () => {
  it('successful: vendor staff record a meeting with notes, action items and linked projects; the firm sees it and ticks an item off', async () => {
    const project = await env.fx.createProject(env.fx.partnerA);
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ recordMeeting: Meeting }>(RECORD, {
      i: {
        partnerId: env.fx.partnerA.id,
        date: '2026-11-20',
        title: '11月定例',
        attendees: ['佐藤 (vendor)', ' 田中 (Alpha) '],
        notes: 'Go-live dates confirmed.',
        projectIds: [project.id],
        actionItems: [
          { description: 'Send the bank export spec', owner: 'Alpha', dueDate: '2026-11-27' },
          { description: 'Enable the payroll module', owner: 'Vendor' },
        ],
      },
    });
    const meeting = res.data!.recordMeeting;
    expect(meeting.projects).toEqual([{ id: project.id }]);
    expect(meeting.actionItems.map((a) => a.owner)).toEqual(['Alpha', 'Vendor']);

    const admin = await env.clientAs('partnerAAdmin');
    const seen = await admin.request<{ meetings: { items: { id: string; attendees: string[] }[] } }>(
      `{ meetings { items { id attendees } } }`,
    );
    expect(seen.data?.meetings.items).toEqual([{ id: meeting.id, attendees: ['佐藤 (vendor)', '田中 (Alpha)'] }]);
    const done = async () =>
      admin.request<{ completeActionItem: { __typename: string; errorCode?: string } }>(
        `mutation ($id: ID!) { completeActionItem(input: { actionItemId: $id }) { __typename ... on ErrorResult { errorCode } } }`,
        { id: meeting.actionItems[0].id },
      );
    expect((await done()).data?.completeActionItem.__typename).toBe('ActionItem');
    expect((await done()).data?.completeActionItem.errorCode).toBe('ACTION_ITEM_DONE');
    const b = await env.clientAs('partnerBAdmin');
    const none = await b.request<{ meetings: { totalItems: number } }>(`{ meetings { totalItems } }`);
    expect(none.data?.meetings.totalItems).toBe(0);
  });

  it('failing: a project of another firm cannot be linked', async () => {
    const other = await env.fx.createProject(env.fx.partnerB);
    const staff = await env.clientAs('vendorStaff');
    const res = await staff.request<{ recordMeeting: { errorCode: string } }>(RECORD, {
      i: {
        partnerId: env.fx.partnerA.id,
        date: '2026-11-20',
        title: 'Wrong link',
        attendees: [],
        projectIds: [other.id],
      },
    });
    expect(res.data?.recordMeeting.errorCode).toBe('NOT_FOUND');
    const [{ n }] = await env.db.query(`SELECT count(*)::int AS n FROM meeting WHERE title = 'Wrong link'`);
    expect(n).toBe(0);
  });
});
