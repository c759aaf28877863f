import {
  DEFAULT_SORT,
  hasFilters,
  parseAssignmentListQuery,
  parseTab,
  toAssignmentFilter,
  toAssignmentsVariables,
  toggleSort,
  toSearchParams,
} from '../list-query';

const PARTNER = '3f0c1c9e-8d53-4b8f-9d0c-6f1f7b8a2c11';

describe('assignment list URL state', () => {
  it('reads defaults from an empty URL', () => {
    const query = parseAssignmentListQuery(new URLSearchParams());
    expect(query).toEqual({
      statuses: [],
      acceptance: 'any',
      partnerId: null,
      month: null,
      sort: { field: 'ASSIGNED_AT', direction: 'DESC' },
      page: 1,
      take: 25,
    });
    expect(toAssignmentFilter(query)).toEqual({});
    expect(toAssignmentsVariables(query)).toEqual({
      filter: {},
      sort: { field: 'ASSIGNED_AT', direction: 'DESC' },
      skip: 0,
      take: 25,
    });
    expect(hasFilters(query)).toBe(false);
    expect(toSearchParams(query).toString()).toBe('');
  });

  it('turns the URL into the API filter', () => {
    const params = new URLSearchParams(
      `status=DECLINED&status=ACTIVE&acceptance=awaiting&partner=${PARTNER}&month=2026-05&sort=MONTH&dir=ASC&page=3&take=50`,
    );
    const query = parseAssignmentListQuery(params);
    expect(query).toEqual({
      statuses: ['ACTIVE', 'DECLINED'],
      acceptance: 'awaiting',
      partnerId: PARTNER,
      month: '2026-05',
      sort: { field: 'MONTH', direction: 'ASC' },
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
    expect(toAssignmentsVariables(query)).toEqual({
      filter: { statuses: ['ACTIVE', 'DECLINED'], incoming: true, partnerId: PARTNER, month: '2026-05' },
      sort: { field: 'MONTH', direction: 'ASC' },
      skip: 100,
      take: 50,
    });
  });

  it.each([
    ['sort=ASSIGNED_AT&dir=ASC', { field: 'ASSIGNED_AT', direction: 'ASC' }],
    ['sort=MONTH&dir=DESC', { field: 'MONTH', direction: 'DESC' }],
    ['sort=STATUS&dir=ASC', { field: 'STATUS', direction: 'ASC' }],
    ['sort=DECLINE_BY&dir=DESC', { field: 'DECLINE_BY', direction: 'DESC' }],
  ])('reads the sort %s into the query variables', (url, sort) => {
    const query = parseAssignmentListQuery(new URLSearchParams(url));
    expect(toAssignmentsVariables(query).sort).toEqual(sort);
    // A sort is not a filter: "no match" and "reset filters" do not depend on it.
    expect(hasFilters(query)).toBe(false);
    expect(toSearchParams(query).toString()).toBe(url);
  });

  it('ignores an unknown sort column or direction', () => {
    const sortOf = (url: string) => parseAssignmentListQuery(new URLSearchParams(url)).sort;
    expect(sortOf('sort=CUSTOMER&dir=ASC')).toEqual({ field: 'ASSIGNED_AT', direction: 'ASC' });
    expect(sortOf('sort=month&dir=ASC')).toEqual({ field: 'ASSIGNED_AT', direction: 'ASC' });
    expect(sortOf('sort=STATUS&dir=up')).toEqual({ field: 'STATUS', direction: 'DESC' });
    expect(sortOf('sort=&dir=')).toEqual(DEFAULT_SORT);
    expect(sortOf('sort=BOGUS&dir=sideways')).toEqual(DEFAULT_SORT);
  });

  it('leaves the default sort out of the URL', () => {
    const query = parseAssignmentListQuery(new URLSearchParams('sort=ASSIGNED_AT&dir=DESC&month=2026-05'));
    expect(query.sort).toEqual(DEFAULT_SORT);
    expect(toSearchParams(query).toString()).toBe('month=2026-05');
  });

  it('toggles the sort: the same column flips, another column starts ascending', () => {
    expect(toggleSort(DEFAULT_SORT, 'ASSIGNED_AT')).toEqual({ field: 'ASSIGNED_AT', direction: 'ASC' });
    expect(toggleSort({ field: 'ASSIGNED_AT', direction: 'ASC' }, 'ASSIGNED_AT')).toEqual({
      field: 'ASSIGNED_AT',
      direction: 'DESC',
    });
    expect(toggleSort(DEFAULT_SORT, 'DECLINE_BY')).toEqual({ field: 'DECLINE_BY', direction: 'ASC' });
    expect(toggleSort({ field: 'MONTH', direction: 'DESC' }, 'STATUS')).toEqual({ field: 'STATUS', direction: 'ASC' });
  });

  it('maps "not awaiting" to incoming: false', () => {
    const query = parseAssignmentListQuery(new URLSearchParams('acceptance=notAwaiting'));
    expect(toAssignmentFilter(query)).toEqual({ incoming: false });
  });

  it('drops unknown or malformed values', () => {
    const query = parseAssignmentListQuery(
      new URLSearchParams(
        'status=BOGUS&acceptance=maybe&partner=not-a-uuid&month=2026-13&sort=BOGUS&dir=sideways&page=-2&take=7',
      ),
    );
    expect(query).toEqual({
      statuses: [],
      acceptance: 'any',
      partnerId: null,
      month: null,
      sort: DEFAULT_SORT,
      page: 1,
      take: 25,
    });
  });

  it('writes the URL back (round trip) with the tab, leaving defaults out', () => {
    const params = new URLSearchParams(`status=ACTIVE&partner=${PARTNER}&month=2026-05&sort=STATUS&dir=DESC&page=2`);
    const query = parseAssignmentListQuery(params);
    expect(toSearchParams(query).toString()).toBe(
      `status=ACTIVE&partner=${PARTNER}&month=2026-05&sort=STATUS&dir=DESC&page=2`,
    );
    const withTab = toSearchParams(query, 'settings');
    expect(withTab.get('tab')).toBe('settings');
    expect(parseTab(withTab)).toBe('settings');
    expect(parseAssignmentListQuery(withTab)).toEqual(query);
    expect(parseTab(new URLSearchParams('tab=whatever'))).toBe('list');
  });
});
