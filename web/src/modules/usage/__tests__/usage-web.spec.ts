import { filterOutreach, outreachCsv, sortOutreach, type OutreachRow } from '../outreach-list';
import { activationSummary, chartRows, percent } from '../usage-chart';

const row = (over: Partial<OutreachRow>): OutreachRow => ({
  projectId: 'p',
  customerName: 'Sakura',
  partnerName: 'Alpha',
  startDate: '2026-01-01',
  day: 30,
  flag: 'DAY_30',
  latestUtilization: 20,
  latestOn: '2026-01-20',
  ...over,
});

describe('outreach list', () => {
  const rows = [
    row({ projectId: 'a', day: 61, latestUtilization: null }),
    row({ projectId: 'b', customerName: 'Kaede', day: 35 }),
  ];

  it('sorts both ways with unreported values last, and filters by name', () => {
    expect(sortOutreach(rows, { key: 'day', direction: 'ASC' }).map((r) => r.projectId)).toEqual(['b', 'a']);
    expect(sortOutreach(rows, { key: 'latestUtilization', direction: 'DESC' }).map((r) => r.projectId)).toEqual([
      'b',
      'a',
    ]);
    expect(filterOutreach(rows, 'kae').map((r) => r.projectId)).toEqual(['b']);
    expect(filterOutreach(rows, ' ')).toHaveLength(2);
  });

  it('exports CSV with the header given', () => {
    expect(outreachCsv([rows[0]], ['c', 'p', 's', 'd', 'f', 'u', 'o'])).toBe(
      'c,p,s,d,f,u,o\r\nSakura,Alpha,2026-01-01,61,DAY_30,,2026-01-20\r\n',
    );
  });
});

describe('usage chart and summary', () => {
  it('keeps weeks without reports as gaps', () => {
    expect(
      chartRows([
        { weekStart: '2026-01-05', mean: 41.25 },
        { weekStart: '2026-01-12', mean: null },
      ]),
    ).toEqual([
      { week: '01-05', utilization: 41.3 },
      { week: '01-12', utilization: null },
    ]);
    expect(percent(0.425)).toBe(43);
    expect(percent(null)).toBeNull();
  });

  it('says activated on day N, pending day N of X, or not activated', () => {
    expect(activationSummary({ outcome: 'ACTIVATED', day: 15, currentDay: 40, windowDays: 90 })).toEqual({
      key: 'usage.panel.activated',
      values: { day: 15 },
    });
    expect(activationSummary({ outcome: 'PENDING', day: null, currentDay: 40, windowDays: 90 })).toEqual({
      key: 'usage.panel.pending',
      values: { day: 40, window: 90 },
    });
    expect(activationSummary({ outcome: 'NOT_ACTIVATED', day: null, currentDay: 100, windowDays: 90 }).key).toBe(
      'usage.panel.notActivated',
    );
    expect(activationSummary({ outcome: 'NOT_ACTIVATED', day: 95, currentDay: 100, windowDays: 90 }).key).toBe(
      'usage.panel.activatedLate',
    );
  });
});
