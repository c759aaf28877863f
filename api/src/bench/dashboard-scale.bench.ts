import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { dataSourceOptions } from '../database/data-source-options';
import { lastDayOf } from '../kpi/kpi-period';
import * as LIVE from '../kpi/kpi.sql';
import { KpiRollupService } from '../kpi/rollup/kpi-rollup.service';
import { ROLLUP } from '../kpi/rollup/kpi-rollup.sql';
import type { BenchSuite } from './bench-suite';
import { formatMs, medianTimeAsync } from './measure';
import { scaleData } from './scale-data';

/** The statements of one dashboard, in `KpiService.dashboard`'s order (the settings row aside). */
const FIGURES = [
  'ACTIVATION_BY_COHORT',
  'ON_TIME_BY_PARTNER',
  'ON_TIME_BY_MONTH',
  'CAPACITY_BY_PARTNER_MONTH',
  'SURVEYS_BY_MONTH',
  'SURVEY_TOTALS',
  'ESCALATIONS_BY_PARTNER',
  'RISK_BY_PARTNER',
] as const;

/** The vendor's default view: the twelve months up to this one. */
function period(today: string) {
  const [y, m] = today.split('-').map(Number);
  const from = new Date(Date.UTC(y, m - 12, 1)).toISOString().slice(0, 7);
  return { fromDay: `${from}-01`, toDay: lastDayOf(today.slice(0, 7)) };
}

interface Measured {
  live: number;
  rollup: number;
  firm: number;
  refresh: number;
  equal: boolean;
  projects: number;
}

async function measure(url: string, log: (line: string) => void): Promise<Measured> {
  const clock = new Clock();
  const today = clock.today();
  const { fromDay, toDay } = period(today);
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const rollups = new KpiRollupService(ds, clock);
    const refresh = await medianTimeAsync(() => rollups.refresh(), 1, 3);
    log(`${new URL(url).pathname.slice(1)}: roll-ups rebuilt in ${formatMs(refresh.timing.medianMs)}`);
    const [{ firm, projects }] = (
      await client.query(
        `SELECT (SELECT partner_id FROM onboarding_project GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS firm,
                (SELECT count(*)::int FROM onboarding_project) AS projects`,
      )
    ).rows;
    const run = (sql: Record<(typeof FIGURES)[number], string>, params: unknown[]) => async () => {
      const rows = [];
      for (const name of FIGURES) rows.push((await client.query(sql[name], params)).rows);
      return rows;
    };
    const live = await medianTimeAsync(run(LIVE, [fromDay, toDay, null, today]), 1, 5);
    log(`live ${formatMs(live.timing.medianMs)}`);
    const rolled = await medianTimeAsync(run(ROLLUP, [fromDay, toDay]), 3, 21);
    const oneFirm = await medianTimeAsync(run(LIVE, [fromDay, toDay, firm, today]), 3, 21);
    return {
      live: live.timing.medianMs,
      rollup: rolled.timing.medianMs,
      firm: oneFirm.timing.medianMs,
      refresh: refresh.timing.medianMs,
      equal: isDeepStrictEqual(live.result, rolled.result),
      projects,
    };
  } finally {
    await client.end();
    await ds.destroy();
  }
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`;

export const dashboardScaleSuite: BenchSuite = {
  title: 'Dashboards at scale: roll-ups against the live SQL',
  async run(log) {
    const data = await scaleData(log);
    try {
      const tenth = await measure(data.tenth, log);
      const full = await measure(data.full, log);
      const row = (label: string, pick: (m: Measured) => number) => [
        label,
        formatMs(pick(tenth)),
        formatMs(pick(full)),
        ratio(pick(full), pick(tenth)),
      ];
      return {
        columns: [
          'Measurement',
          `${tenth.projects.toLocaleString('en-US')} projects`,
          `${full.projects.toLocaleString('en-US')} projects`,
          'growth',
        ],
        rows: [
          row('program dashboard, live SQL', (m) => m.live),
          row('program dashboard, from roll-ups', (m) => m.rollup),
          ['live ÷ roll-ups (goal ≥ 10×)', ratio(tenth.live, tenth.rollup), ratio(full.live, full.rollup), '—'],
          row('one firm’s scorecard, live SQL (the largest firm)', (m) => m.firm),
          row('roll-up rebuild (one transaction)', (m) => m.refresh),
          [
            'roll-ups = live SQL (every row of the 8 figures)',
            tenth.equal ? 'equal' : 'DIFFERENT',
            full.equal ? 'equal' : 'DIFFERENT',
            '—',
          ],
        ],
        notes: [
          'Data: `npm run seed:scale` (100,000 accounts, 1,000 firms) and a tenth of it (10,000 accounts, 100 firms) made by the bench beside it; period: the twelve months up to this one, as the vendor dashboard opens.',
          'A dashboard is its 8 figure statements run in order on one connection (the activation settings row aside); medians: live of 5 runs after 1 warm-up, roll-ups and the firm of 21 after 3, rebuild of 3 after 1.',
          'Staleness: the program view reads the roll-ups only on the day they were counted for, and they are rebuilt at start and every BATON_KPI_ROLLUP_SECONDS (300 s), so its figures are at most 300 s plus one rebuild old (`figuresAsOf` shows their time); a firm’s scorecard is always live.',
        ],
      };
    } finally {
      await data.release();
    }
  },
};
