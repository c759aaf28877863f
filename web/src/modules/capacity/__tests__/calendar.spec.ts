import {
  calendarCsvRows,
  calendarParams,
  cellState,
  chartData,
  filterRows,
  freeInRange,
  parseCalendarQuery,
  rangeEnd,
  shortfall,
  sortRows,
  stepRange,
  type CalendarRowData,
  type CalendarTotalData,
} from '../calendar';
import { toCsv } from '../../common/csv';

const cell = (month: string, offered: number, consumed: number) => ({
  month,
  offered,
  consumed,
  free: offered - consumed,
});

const row = (
  id: string,
  name: string,
  cells: ReturnType<typeof cell>[],
  tier: number | null = null,
): CalendarRowData => ({
  partner: { id, name, tier },
  months: cells,
});

const sakura = row('1', 'さくら会計事務所', [cell('2026-11', 6, 2), cell('2026-12', 6, 0)], 3);
const midori = row('2', 'Midori Labor Office', [cell('2026-11', 4, 4), cell('2026-12', 0, 0)]);
const aozora = row('3', 'Aozora Systems', [cell('2026-11', 8, 1), cell('2026-12', 8, 0)], 2);

describe('month range stepping', () => {
  it('moves the window by its span, across years', () => {
    expect(stepRange('2026-11', 6, 1)).toBe('2027-05');
    expect(stepRange('2026-11', 6, -1)).toBe('2026-05');
    expect(stepRange('2026-01', 3, -1)).toBe('2025-10');
    expect(stepRange('2026-12', 12, 1)).toBe('2027-12');
  });

  it('names the last month of the window', () => {
    expect(rangeEnd('2026-11', 3)).toBe('2027-01');
    expect(rangeEnd('2026-11', 1)).toBe('2026-11');
    expect(rangeEnd('2026-01', 12)).toBe('2026-12');
  });
});

describe('calendar URL state', () => {
  it('falls back to this month, 6 months, name A→Z', () => {
    expect(parseCalendarQuery(new URLSearchParams(), '2026-11')).toEqual({
      from: '2026-11',
      span: 6,
      search: '',
      sort: 'name',
      direction: 'asc',
    });
  });

  it('rejects malformed months and spans', () => {
    const query = parseCalendarQuery(new URLSearchParams('from=2026-13&months=5&sort=x&dir=up'), '2026-11');
    expect(query).toMatchObject({ from: '2026-11', span: 6, sort: 'name', direction: 'asc' });
  });

  it('sorts free slots most first by default', () => {
    expect(parseCalendarQuery(new URLSearchParams('sort=free'), '2026-11')).toMatchObject({
      sort: 'free',
      direction: 'desc',
    });
  });

  it('round-trips and leaves defaults out', () => {
    const query = {
      from: '2027-02',
      span: 12 as const,
      search: 'sakura',
      sort: 'free' as const,
      direction: 'asc' as const,
    };
    const params = calendarParams(query, '2026-11');
    expect(params.toString()).toBe('from=2027-02&months=12&q=sakura&sort=free&dir=asc');
    expect(parseCalendarQuery(params, '2026-11')).toEqual(query);
    expect(
      calendarParams({ from: '2026-11', span: 6, search: ' ', sort: 'name', direction: 'asc' }, '2026-11').toString(),
    ).toBe('');
  });
});

describe('shortfall', () => {
  it('is the demand the free slots cannot absorb', () => {
    expect(shortfall({ free: 3, demand: 5 })).toBe(2);
    expect(shortfall({ free: 5, demand: 5 })).toBe(0);
    expect(shortfall({ free: 9, demand: 2 })).toBe(0);
    expect(shortfall({ free: 0, demand: 4 })).toBe(4);
  });

  it('never counts negative free slots as capacity', () => {
    expect(shortfall({ free: -2, demand: 1 })).toBe(1);
  });
});

describe('cell state', () => {
  it('tells nothing offered, full and open apart', () => {
    expect(cellState({ offered: 0, free: 0 })).toBe('none');
    expect(cellState({ offered: 4, free: 0 })).toBe('full');
    expect(cellState({ offered: 4, free: 1 })).toBe('open');
  });
});

describe('filter and sort', () => {
  const rows = [sakura, midori, aozora];

  it('filters by name, case- and width-insensitive', () => {
    expect(filterRows(rows, 'midori').map((r) => r.partner.id)).toEqual(['2']);
    expect(filterRows(rows, 'ＡＯＺＯＲＡ').map((r) => r.partner.id)).toEqual(['3']);
    expect(filterRows(rows, 'さくら').map((r) => r.partner.id)).toEqual(['1']);
    expect(filterRows(rows, '  ')).toHaveLength(3);
    expect(filterRows(rows, 'nobody')).toEqual([]);
  });

  it('sums free slots over the months shown', () => {
    expect(freeInRange(sakura)).toBe(10);
    expect(freeInRange(midori)).toBe(0);
    expect(freeInRange(aozora)).toBe(15);
  });

  it('sorts by name both ways', () => {
    expect(sortRows(rows, 'name', 'asc', 'en').map((r) => r.partner.id)).toEqual(['3', '2', '1']);
    expect(sortRows(rows, 'name', 'desc', 'en').map((r) => r.partner.id)).toEqual(['1', '2', '3']);
  });

  it('sorts by free slots, ties by name', () => {
    const tie = row('4', 'Beta', [cell('2026-11', 10, 0)]);
    expect(sortRows([...rows, tie], 'free', 'desc', 'en').map((r) => r.partner.id)).toEqual(['3', '4', '1', '2']);
    expect(sortRows([...rows, tie], 'free', 'asc', 'en').map((r) => r.partner.id)).toEqual(['2', '4', '1', '3']);
  });

  it('does not change the input', () => {
    const input = [sakura, midori];
    sortRows(input, 'name', 'asc', 'en');
    expect(input).toEqual([sakura, midori]);
  });
});

describe('calendar CSV', () => {
  const labels = {
    firm: 'Firm',
    tier: 'Tier',
    offered: 'offered',
    consumed: 'consumed',
    free: 'free',
    total: 'Total',
    demand: 'Demand',
    shortfall: 'Shortfall',
  };
  const totals: CalendarTotalData[] = [
    { ...cell('2026-11', 18, 7), demand: 14 },
    { ...cell('2026-12', 14, 0), demand: 3 },
  ];

  it('writes a firm per line, then totals, demand and shortfall', () => {
    const rows = calendarCsvRows(['2026-11', '2026-12'], [sakura, midori], totals, labels);
    expect(rows).toEqual([
      [
        'Firm',
        'Tier',
        '2026-11 offered',
        '2026-11 consumed',
        '2026-11 free',
        '2026-12 offered',
        '2026-12 consumed',
        '2026-12 free',
      ],
      ['さくら会計事務所', '3', '6', '2', '4', '6', '0', '6'],
      ['Midori Labor Office', '', '4', '4', '0', '0', '0', '0'],
      ['Total', '', '18', '7', '11', '14', '0', '14'],
      ['Demand', '', '14', '', '', '3', '', ''],
      ['Shortfall', '', '3', '', '', '0', '', ''],
    ]);
  });

  it('fills months the API left out with zeros and every line has the header width', () => {
    const rows = calendarCsvRows(['2026-11', '2027-01'], [sakura], totals, labels);
    expect(rows[1]).toEqual(['さくら会計事務所', '3', '6', '2', '4', '0', '0', '0']);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([8]));
  });

  it('quotes names through the shared CSV writer', () => {
    const comma = row('9', 'Tanaka, Sato & Co.', [cell('2026-11', 1, 0)]);
    const csv = toCsv(calendarCsvRows(['2026-11'], [comma], [], labels));
    expect(csv.split('\r\n')[1]).toBe('"Tanaka, Sato & Co.",,1,0,1');
  });
});

describe('chart data', () => {
  it('keeps one point per month with offered, consumed and demand', () => {
    const points = chartData([{ ...cell('2026-11', 18, 7), demand: 14 }], (m) => `M ${m}`);
    expect(points).toEqual([{ month: 'M 2026-11', offered: 18, consumed: 7, demand: 14 }]);
  });
});
