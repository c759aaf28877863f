import {
  meetingListParams,
  meetingListVariables,
  MEETINGS_PAGE_SIZE,
  parseMeetingListQuery,
} from '../meeting-list-query';

describe('meetings list URL state', () => {
  it('defaults to every firm, first page', () => {
    expect(parseMeetingListQuery(new URLSearchParams())).toEqual({ partnerId: null, page: 1 });
    expect(parseMeetingListQuery(new URLSearchParams('page=-2&partner='))).toEqual({ partnerId: null, page: 1 });
    expect(parseMeetingListQuery(new URLSearchParams('page=1.5'))).toEqual({ partnerId: null, page: 1 });
  });

  it('round-trips the firm and page, and leaves defaults out of the URL', () => {
    const query = parseMeetingListQuery(new URLSearchParams('partner=f1&page=3'));
    expect(query).toEqual({ partnerId: 'f1', page: 3 });
    expect(meetingListParams(query).toString()).toBe('partner=f1&page=3');
    expect(meetingListParams({ partnerId: null, page: 1 }).toString()).toBe('');
  });

  it('sends the firm filter only from the vendor console', () => {
    const query = { partnerId: 'f1', page: 2 };
    expect(meetingListVariables(query, true)).toEqual({
      filter: { partnerId: 'f1' },
      skip: MEETINGS_PAGE_SIZE,
      take: MEETINGS_PAGE_SIZE,
    });
    expect(meetingListVariables(query, false).filter).toBeNull();
  });
});
