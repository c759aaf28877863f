import { parseUsageCsv } from '../usage-csv';

const today = '2026-11-20';

describe('parseUsageCsv', () => {
  it('reads rows in any column order with optional metrics, the header being row 1', () => {
    const parsed = parseUsageCsv(
      '\uFEFFutilization,External_ID,date,metric:invoices\n72,CRM-1,2026-11-02,120\n10,CRM-2,2026/11/3,\n',
      today,
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      { row: 2, externalId: 'CRM-1', takenOn: '2026-11-02', utilization: 72, metrics: { invoices: 120 } },
      { row: 3, externalId: 'CRM-2', takenOn: '2026-11-03', utilization: 10, metrics: null },
    ]);
  });

  it('reports every invalid row with its number and reason', () => {
    const parsed = parseUsageCsv(
      [
        'external_id,date,utilization,metric:seats',
        'CRM-1,2026-02-30,50,1',
        'CRM-1,2026-11-21,50,1',
        'CRM-1,2026-11-01,101,1',
        'CRM-1,2026-11-03,7.5,x',
        'CRM-1,2026-11-02,50,',
        'CRM-1,2026-11-02,60,',
        ',2026-11-02,60,',
      ].join('\n'),
      today,
    );
    expect(parsed.rows.map((r) => r.row)).toEqual([6]);
    expect(parsed.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [2, 'date', 'import.badDate'],
      [3, 'date', 'usage.futureDate'],
      [4, 'utilization', 'usage.badUtilization'],
      [5, 'utilization', 'usage.badUtilization'],
      [5, 'metric:seats', 'usage.badMetric'],
      [7, 'date', 'usage.duplicateDay'],
      [8, 'external_id', 'import.required'],
    ]);
    expect(parsed.problems[5].params).toMatchObject({ value: 'CRM-1', date: '2026-11-02', first: 6 });
  });

  it('refuses a file without the required columns', () => {
    expect(parseUsageCsv('external_id,utilization\nA,1\n', today).problems).toEqual([
      { row: 1, column: null, reason: 'import.missingColumns', params: { columns: 'date' } },
    ]);
  });
});
