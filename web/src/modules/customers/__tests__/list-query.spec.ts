import {
  csvFileName,
  hasCustomerFilters,
  isIsoDate,
  isRangeInverted,
  parseCustomerListQuery,
  toCustomerFilter,
  toCustomerListParams,
} from '../list-query';

const parse = (search: string) => parseCustomerListQuery(new URLSearchParams(search));

describe('customer list query in the URL', () => {
  it('defaults to the queue, oldest contract first, first page of 25', () => {
    const query = parse('');
    expect(query.tab).toBe('queue');
    expect(query.sort).toEqual({ field: 'CONTRACT_DATE', direction: 'ASC' });
    expect(query.page).toBe(1);
    expect(query.take).toBe(25);
    expect(toCustomerFilter(query)).toEqual({ assigned: false });
    expect(hasCustomerFilters(query)).toBe(false);
    expect(toCustomerListParams(query).toString()).toBe('');
  });

  it('reads every filter, the sort and the page, dropping unknown values', () => {
    const query = parse(
      'tab=all&q=%20さくら%20&industry=RETAIL&pref=JP-13&segment=ENTERPRISE&band=21-100&product=PAYROLL' +
        '&from=2026-01-01&to=2026-03-31&sort=COMPANY_NAME&dir=DESC&page=3&take=50',
    );
    expect(query).toEqual({
      tab: 'all',
      search: ' さくら ',
      industry: 'RETAIL',
      prefecture: 'JP-13',
      segment: 'ENTERPRISE',
      employeeBand: '21-100',
      product: 'PAYROLL',
      contractFrom: '2026-01-01',
      contractTo: '2026-03-31',
      sort: { field: 'COMPANY_NAME', direction: 'DESC' },
      page: 3,
      take: 50,
    });
    expect(toCustomerFilter(query)).toEqual({
      search: 'さくら',
      industry: 'RETAIL',
      prefecture: 'JP-13',
      segment: 'ENTERPRISE',
      employeeBand: '21-100',
      product: 'PAYROLL',
      contractFrom: '2026-01-01',
      contractTo: '2026-03-31',
    });
    expect(hasCustomerFilters(query)).toBe(true);
  });

  it('drops codes, dates, tabs and pages it does not know', () => {
    const query = parse(
      'tab=mine&industry=SPACE&pref=JP-48&segment=HUGE&band=5&product=CRM&from=2026-02-30&to=yesterday&sort=NOPE&dir=DESC&page=-2&take=7',
    );
    expect(query.tab).toBe('queue');
    expect([query.industry, query.prefecture, query.segment, query.employeeBand, query.product]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([query.contractFrom, query.contractTo]).toEqual([null, null]);
    expect(query.sort).toEqual({ field: 'CONTRACT_DATE', direction: 'ASC' });
    expect([query.page, query.take]).toEqual([1, 25]);
  });

  it('sends the queue filter on the queue tab only, and the tab is not a filter', () => {
    expect(toCustomerFilter(parse('segment=SMB'))).toEqual({ assigned: false, segment: 'SMB' });
    expect(toCustomerFilter(parse('tab=all&segment=SMB'))).toEqual({ segment: 'SMB' });
    expect(hasCustomerFilters(parse('tab=all'))).toBe(false);
    expect(hasCustomerFilters(parse('q=%20%20'))).toBe(false);
  });

  it('writes back what it read, leaving defaults out', () => {
    const search =
      'tab=all&q=abc&industry=RETAIL&pref=JP-01&segment=SMB&band=1001%2B&product=HR&from=2026-01-01&to=2026-01-31&sort=SEGMENT&dir=ASC&page=2&take=100';
    const params = toCustomerListParams(parse(search));
    expect(params.toString()).toBe(search);
    expect(parse(params.toString())).toEqual(parse(search));
    expect(toCustomerListParams(parse('sort=CONTRACT_DATE&dir=ASC&page=1&take=25')).toString()).toBe('');
    expect(toCustomerListParams(parse('sort=CONTRACT_DATE&dir=DESC')).toString()).toBe('sort=CONTRACT_DATE&dir=DESC');
  });

  it('checks calendar dates and inverted ranges', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-4-1')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isRangeInverted({ contractFrom: '2026-03-01', contractTo: '2026-02-28' })).toBe(true);
    expect(isRangeInverted({ contractFrom: '2026-03-01', contractTo: '2026-03-01' })).toBe(false);
    expect(isRangeInverted({ contractFrom: '2026-03-01', contractTo: null })).toBe(false);
  });

  it('names the CSV export after the tab and the day', () => {
    expect(csvFileName('queue', new Date(2026, 4, 7))).toBe('customers-queue-2026-05-07.csv');
    expect(csvFileName('all', new Date(2026, 11, 31))).toBe('customers-2026-12-31.csv');
  });
});
