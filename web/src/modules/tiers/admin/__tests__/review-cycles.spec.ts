import { cyclesCsv, progressOf, sortCycles, type ReviewCycleRow } from '../review-cycles';

const cycle = (over: Partial<ReviewCycleRow>): ReviewCycleRow => ({
  id: 'c',
  name: '2026 Q2',
  periodFrom: '2026-04-01',
  periodTo: '2026-06-30',
  openedAt: '2026-07-02T01:00:00.000Z',
  openedByEmail: 'admin@vendor.example',
  reviewCount: 4,
  finalizedCount: 1,
  ...over,
});

describe('review cycles list', () => {
  const rows = [
    cycle({ id: 'a' }),
    cycle({ id: 'b', name: '2026 Q3', periodFrom: '2026-07-01', periodTo: '2026-09-30', finalizedCount: 4 }),
    cycle({ id: 'c', name: '2025 Q4', periodFrom: '2025-10-01', reviewCount: 0, finalizedCount: 0 }),
  ];

  it('measures progress, an empty cycle being at 0', () => {
    expect(progressOf(rows[0])).toBe(0.25);
    expect(progressOf(rows[2])).toBe(0);
  });

  it('sorts by period and by progress, both ways', () => {
    expect(sortCycles(rows, { key: 'periodFrom', direction: 'DESC' }).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(sortCycles(rows, { key: 'progress', direction: 'ASC' }).map((c) => c.id)).toEqual(['c', 'a', 'b']);
    expect(sortCycles(rows, { key: 'name', direction: 'ASC' }).map((c) => c.id)).toEqual(['c', 'a', 'b']);
  });

  it('exports CSV with the header given', () => {
    expect(cyclesCsv([rows[0], cycle({ id: 'd', openedByEmail: null })], ['n', 'f', 't', 'o', 'b', 'x', 'r'])).toBe(
      'n,f,t,o,b,x,r\r\n' +
        '2026 Q2,2026-04-01,2026-06-30,2026-07-02T01:00:00.000Z,admin@vendor.example,1,4\r\n' +
        '2026 Q2,2026-04-01,2026-06-30,2026-07-02T01:00:00.000Z,,1,4\r\n',
    );
  });
});
