import { parseDirectoryQuery, toPartnerFilter, toSearchParams } from '../directory-query';

describe('partner directory query in the URL', () => {
  it('reads filters and sort, dropping unknown values', () => {
    const query = parseDirectoryQuery(
      new URLSearchParams(
        'q=みどり&kind=SYSTEM_INTEGRATOR&kind=NOPE&status=ACTIVE&tier=2&tier=9&region=JP-27&module=PAYROLL&lang=xx&sort=TIER&dir=DESC&page=3&take=50',
      ),
    );
    expect(query).toEqual({
      search: 'みどり',
      kinds: ['SYSTEM_INTEGRATOR'],
      statuses: ['ACTIVE'],
      tiers: [2],
      region: 'JP-27',
      industry: null,
      productModule: 'PAYROLL',
      language: null,
      sort: { field: 'TIER', direction: 'DESC' },
      page: 1,
      take: 100,
    });
    expect(toPartnerFilter(query)).toEqual({
      search: 'みどり',
      kinds: ['SYSTEM_INTEGRATOR'],
      statuses: ['ACTIVE'],
      tiers: [2],
      region: 'JP-27',
      productModule: 'PAYROLL',
    });
  });

  it('defaults to name ascending and no filter; pages are not in the URL (the list scrolls)', () => {
    const query = parseDirectoryQuery(new URLSearchParams('take=50&page=3'));
    expect(query.sort).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(query.page).toBe(1);
    expect(query.take).toBe(100);
    expect(toPartnerFilter(query)).toEqual({});
    expect(toSearchParams(query).toString()).toBe('');
  });

  it('round-trips through the query string', () => {
    const text = 'q=Aozora&kind=ACCOUNTING_FIRM&status=SUSPENDED&tier=1&tier=5&industry=RETAIL&sort=CREATED_AT&dir=ASC';
    expect(toSearchParams(parseDirectoryQuery(new URLSearchParams(text))).toString()).toBe(
      new URLSearchParams(text).toString(),
    );
  });
});
