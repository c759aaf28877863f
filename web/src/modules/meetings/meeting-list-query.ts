/** The meetings list's URL state: the firm filter (vendor console only) and the page. */
export interface MeetingListQuery {
  partnerId: string | null;
  page: number;
}

export const MEETINGS_PAGE_SIZE = 20;

export function parseMeetingListQuery(params: URLSearchParams): MeetingListQuery {
  const partnerId = params.get('partner')?.trim() || null;
  const page = Number(params.get('page'));
  return { partnerId, page: Number.isInteger(page) && page >= 1 ? page : 1 };
}

/** Only what differs from the defaults goes in the URL, so a bare link is the unfiltered first page. */
export function meetingListParams(query: MeetingListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.partnerId) params.set('partner', query.partnerId);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

/** Variables of the `Meetings` query; a partner admin's list is scoped by the server, so it sends no firm. */
export function meetingListVariables(query: MeetingListQuery, withFirmFilter: boolean) {
  return {
    filter: withFirmFilter && query.partnerId ? { partnerId: query.partnerId } : null,
    skip: (query.page - 1) * MEETINGS_PAGE_SIZE,
    take: MEETINGS_PAGE_SIZE,
  };
}
