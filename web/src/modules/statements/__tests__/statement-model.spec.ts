import { statementFormat } from '../statement-format';
import { grandTotal, monthParam, nextSort, sortStatements, toggleOpen } from '../statement-model';

const row = (partnerId: string, partnerName: string, completedCount: number, total: number) => ({
  partnerId,
  partnerName,
  completedCount,
  baseFee: 50000,
  total,
});

describe('statement model', () => {
  it('reads the month from the URL, else the current month', () => {
    const today = new Date(2026, 2, 15);
    expect(monthParam(new URLSearchParams('month=2025-11'), today)).toBe('2025-11');
    expect(monthParam(new URLSearchParams('month=2025-13'), today)).toBe('2026-03');
    expect(monthParam(new URLSearchParams('month=nope'), today)).toBe('2026-03');
    expect(monthParam(new URLSearchParams(), today)).toBe('2026-03');
  });

  it('sorts by a column both ways, and keeps the server order unsorted', () => {
    const rows = [row('a', 'Kaede', 0, 0), row('b', 'Alpha', 2, 115000), row('c', 'Momiji', 1, 45000)];
    expect(sortStatements(rows, null).map((r) => r.partnerId)).toEqual(['a', 'b', 'c']);
    expect(sortStatements(rows, { key: 'partnerName', direction: 'ASC' }).map((r) => r.partnerId)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortStatements(rows, { key: 'total', direction: 'DESC' }).map((r) => r.partnerId)).toEqual(['b', 'c', 'a']);
    expect(nextSort(null, 'total')).toEqual({ key: 'total', direction: 'ASC' });
    expect(nextSort({ key: 'total', direction: 'ASC' }, 'total')).toEqual({ key: 'total', direction: 'DESC' });
    expect(nextSort({ key: 'total', direction: 'DESC' }, 'baseFee')).toEqual({ key: 'baseFee', direction: 'ASC' });
  });

  it('sums every firm and toggles a firm open and closed', () => {
    expect(grandTotal([row('a', 'A', 2, 115000), row('b', 'B', 1, 45000)])).toEqual({
      total: 160000,
      completedCount: 3,
    });
    expect(grandTotal([])).toEqual({ total: 0, completedCount: 0 });
    const opened = toggleOpen(new Set(), 'a');
    expect([...opened]).toEqual(['a']);
    expect([...toggleOpen(opened, 'a')]).toEqual([]);
  });

  it('formats yen, rates, days and months per language', () => {
    const en = statementFormat('en');
    expect(en.yen(115000)).toBe('¥115,000');
    expect(en.rate(1.1)).toBe('×1.10');
    expect(en.day('2026-03-03')).toBe('Mar 3, 2026');
    expect(en.month('2026-03')).toBe('March 2026');
    const ja = statementFormat('ja');
    expect(ja.yen(115000)).toMatch(/^[¥￥]115,000$/);
    expect(ja.month('2026-03')).toBe('2026年3月');
  });
});
