import {
  addMonths,
  capacityByMonth,
  capacityByPartner,
  defaultPeriod,
  monthsBetween,
  percentValue,
  periodOf,
  sortRows,
} from '../kpi-model';

describe('dashboard model', () => {
  it('counts months across years', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2026-11', '2027-01')).toEqual(['2026-11', '2026-12', '2027-01']);
  });

  it('reads the period from the URL, else the last six months', () => {
    const today = new Date('2026-11-23T00:00:00Z');
    expect(defaultPeriod(today)).toEqual({ fromMonth: '2026-06', toMonth: '2026-11' });
    expect(periodOf(new URLSearchParams('from=2026-01&to=2026-03'), today)).toEqual({
      fromMonth: '2026-01',
      toMonth: '2026-03',
    });
    expect(periodOf(new URLSearchParams('from=2026-05&to=2026-03'), today)).toEqual(defaultPeriod(today));
    expect(periodOf(new URLSearchParams('from=2026-13&to=2027-01'), today)).toEqual(defaultPeriod(today));
  });

  it('shows rates as percentages with one decimal, and nothing as nothing', () => {
    expect(percentValue(0.8333)).toBe(83.3);
    expect(percentValue(null)).toBeNull();
  });

  it('sums capacity per firm and per month, utilization of the sums', () => {
    const rows = [
      { partnerId: 'a', partnerName: 'A', month: '2026-10', offered: 4, consumed: 4 },
      { partnerId: 'a', partnerName: 'A', month: '2026-11', offered: 6, consumed: 0 },
      { partnerId: 'b', partnerName: 'B', month: '2026-11', offered: 0, consumed: 0 },
    ];
    expect(capacityByPartner(rows)).toEqual([
      { partnerId: 'a', partnerName: 'A', offered: 10, consumed: 4, utilization: 0.4 },
      { partnerId: 'b', partnerName: 'B', offered: 0, consumed: 0, utilization: null },
    ]);
    expect(capacityByMonth(rows).map((m) => m.utilization)).toEqual([1, 0]);
  });

  it('sorts with nothing-to-measure last in both directions', () => {
    const rows = [{ v: 2 }, { v: null }, { v: 5 }];
    expect(sortRows(rows, (r) => r.v, 'ASC').map((r) => r.v)).toEqual([2, 5, null]);
    expect(sortRows(rows, (r) => r.v, 'DESC').map((r) => r.v)).toEqual([5, 2, null]);
  });
});
