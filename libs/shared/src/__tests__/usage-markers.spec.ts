import { regularity, sharpDrop, usageMarkers, weekStartOf, weeklyTrend, weeklyUsage } from '../kpi';

const at = (takenOn: string, utilization: number) => ({ takenOn, utilization });
// 2026-01-05 is a Monday.
const mondays = ['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26', '2026-02-02', '2026-02-09'];

describe('weeklyUsage', () => {
  it('groups reports by Monday-based week, keeps weeks without reports and stops at today', () => {
    expect(weekStartOf('2026-01-11')).toBe('2026-01-05');
    expect(weekStartOf('2026-01-12')).toBe('2026-01-12');
    const weeks = weeklyUsage(
      [at('2026-01-06', 40), at('2026-01-08', 60), at('2026-01-20', 30), at('2026-03-01', 99)],
      '2026-01-27',
    );
    expect(weeks).toEqual([
      { weekStart: '2026-01-05', mean: 50, reports: 2 },
      { weekStart: '2026-01-12', mean: null, reports: 0 },
      { weekStart: '2026-01-19', mean: 30, reports: 1 },
      { weekStart: '2026-01-26', mean: null, reports: 0 },
    ]);
    expect(weeklyUsage([], '2026-01-27')).toEqual([]);
  });
});

describe('trend and regularity', () => {
  const rising = mondays.map((d, i) => at(d, 20 + 5 * i));

  it('measures the slope of the weekly means in points per week', () => {
    expect(weeklyTrend(weeklyUsage(rising, '2026-02-09'))).toBeCloseTo(5);
    expect(weeklyTrend(weeklyUsage([at('2026-01-05', 50)], '2026-01-05'))).toBeNull();
    expect(usageMarkers(rising, '2026-02-09').trend).toBe('UP');
    expect(
      usageMarkers(
        mondays.map((d) => at(d, 50)),
        '2026-02-09',
      ).trend,
    ).toBe('FLAT');
  });

  it('is steady when every week reports similar values, irregular with gaps', () => {
    const steady = usageMarkers(
      mondays.map((d) => at(d, 50)),
      '2026-02-09',
    );
    expect(steady).toMatchObject({ reportingShare: 1, variation: 0, regular: true });
    const gappy = regularity(weeklyUsage([at(mondays[0], 50), at(mondays[5], 50)], '2026-02-09'));
    expect(gappy.reportingShare).toBeCloseTo(2 / 6);
  });
});

describe('sharpDrop', () => {
  const series = (last: number) =>
    weeklyUsage([...mondays.slice(2, 5).map((d) => at(d, 60)), at(mondays[5], last)], '2026-02-09');

  it('fires when the latest week is at least 30 % below the mean of the 3 weeks before', () => {
    expect(sharpDrop(series(42))).toEqual({ alarm: true, drop: expect.closeTo(0.3) });
    expect(sharpDrop(series(43)).alarm).toBe(false);
    expect(
      usageMarkers([...mondays.slice(2, 5).map((d) => at(d, 60)), at(mondays[5], 20)], '2026-02-09'),
    ).toMatchObject({
      level: 20,
      levelOn: mondays[5],
      alarm: true,
    });
  });

  it('needs a baseline: no alarm for a first report', () => {
    expect(sharpDrop(weeklyUsage([at(mondays[0], 5)], mondays[0]))).toEqual({ alarm: false, drop: null });
  });
});
