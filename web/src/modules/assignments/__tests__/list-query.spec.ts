import { hasFilters, parseAssignmentListQuery, parseTab, toAssignmentFilter, toSearchParams } from '../list-query';

const PARTNER = '3f0c1c9e-8d53-4b8f-9d0c-6f1f7b8a2c11';

describe('assignment list URL state', () => {
  it('reads defaults from an empty URL', () => {
    const query = parseAssignmentListQuery(new URLSearchParams());
    expect(query).toEqual({ statuses: [], acceptance: 'any', partnerId: null, month: null, page: 1, take: 25 });
    expect(toAssignmentFilter(query)).toEqual({});
    expect(hasFilters(query)).toBe(false);
    expect(toSearchParams(query).toString()).toBe('');
  });

  it('turns the URL into the API filter', () => {
    const params = new URLSearchParams(
      `status=DECLINED&status=ACTIVE&acceptance=awaiting&partner=${PARTNER}&month=2026-05&page=3&take=50`,
    );
    const query = parseAssignmentListQuery(params);
    expect(query).toEqual({
      statuses: ['ACTIVE', 'DECLINED'],
      acceptance: 'awaiting',
      partnerId: PARTNER,
      month: '2026-05',
      page: 3,
      take: 50,
    });
    expect(toAssignmentFilter(query)).toEqual({
      statuses: ['ACTIVE', 'DECLINED'],
      incoming: true,
      partnerId: PARTNER,
      month: '2026-05',
    });
    expect(hasFilters(query)).toBe(true);
  });

  it('maps "not awaiting" to incoming: false', () => {
    const query = parseAssignmentListQuery(new URLSearchParams('acceptance=notAwaiting'));
    expect(toAssignmentFilter(query)).toEqual({ incoming: false });
  });

  it('drops unknown or malformed values', () => {
    const query = parseAssignmentListQuery(
      new URLSearchParams('status=BOGUS&acceptance=maybe&partner=not-a-uuid&month=2026-13&page=-2&take=7'),
    );
    expect(query).toEqual({ statuses: [], acceptance: 'any', partnerId: null, month: null, page: 1, take: 25 });
  });

  it('writes the URL back (round trip) with the tab, leaving defaults out', () => {
    const params = new URLSearchParams(`status=ACTIVE&partner=${PARTNER}&month=2026-05&page=2`);
    const query = parseAssignmentListQuery(params);
    expect(toSearchParams(query).toString()).toBe(`status=ACTIVE&partner=${PARTNER}&month=2026-05&page=2`);
    const withTab = toSearchParams(query, 'settings');
    expect(withTab.get('tab')).toBe('settings');
    expect(parseTab(withTab)).toBe('settings');
    expect(parseAssignmentListQuery(withTab)).toEqual(query);
    expect(parseTab(new URLSearchParams('tab=whatever'))).toBe('list');
  });
});
