import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { VENDOR_ADMIN_EMAIL } from '../scripts/seed-scale/firms.step';
import { personEmailOf } from '../scripts/seed-scale/scale-sql';
import { ApiServer, BUILT_MAIN, freePort } from '../scripts/workload/api-server';
import { DEMO_PASSWORD } from '../seed/demo-program';
import type { BenchSuite } from './bench-suite';
import { median } from './measure';
import { formatMs } from './measure';
import { scaleData } from './scale-data';
import { measureBaselineScroll, measureScroll, type ScrollFigures } from './browser-scroll';

const WEB_DIST = resolve(__dirname, '..', '..', '..', 'web', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOADS = 5;

async function signedIn(browser: Browser, url: string, email: string): Promise<Page> {
  const page = await browser.newPage({ baseURL: url, locale: 'ja-JP' });
  await page.goto('/sign-in');
  const answer = await page.evaluate(
    async ([e, p]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation ($i: SignInInput!) { signIn(input: $i) { __typename } }',
          variables: { i: { email: e, password: p } },
        }),
      });
      return res.text();
    },
    [email, DEMO_PASSWORD],
  );
  if (!answer.includes('"User"') && !answer.includes('SignIn')) throw new Error(`sign-in failed: ${answer}`);
  return page;
}

/** From navigation start: first contentful paint, and the KPI figures on screen (the meaningful paint). */
async function load(page: Page, path: string): Promise<{ fcp: number; figures: number }> {
  await page.goto(path);
  await page.locator('[data-testid="kpi-total-value"]').first().waitFor({ state: 'visible', timeout: 120_000 });
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    figures: performance.now(),
  }));
}

async function timings(page: Page, path: string) {
  await load(page, path);
  const runs = [];
  for (let i = 0; i < LOADS; i++) runs.push(await load(page, path));
  return { fcp: median(runs.map((r) => r.fcp)), figures: median(runs.map((r) => r.figures)) };
}

export const browserTimingsSuite: BenchSuite = {
  title: 'The portal in headless Chromium on the scale data',
  async run(log) {
    if (!existsSync(CHROMIUM))
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(resolve(WEB_DIST, 'index.html'))) throw new Error('no built portal: run `npm run build` first');
    const data = await scaleData(log);
    const server = new ApiServer({
      mainJs: BUILT_MAIN,
      databaseUrl: data.full,
      port: await freePort(),
      env: { NODE_ENV: 'production', COOKIE_SECURE: 'false', BATON_WEB_DIST: WEB_DIST, BATON_QUIET: 'true' },
    });
    await server.start(120_000);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const vendor = await signedIn(browser, server.url, VENDOR_ADMIN_EMAIL);
      const dashboard = await timings(vendor, '/vendor');
      log(`vendor dashboard: figures at ${formatMs(dashboard.figures)}`);
      const partner = await signedIn(browser, server.url, personEmailOf(1, 1));
      const home = await timings(partner, '/partner');
      log(`partner home: figures at ${formatMs(home.figures)}`);
      const scroll = await measureScroll(vendor);
      log(`partners list: ${scroll.frames} frames, p95 ${formatMs(scroll.p95FrameMs)}`);
      const baseline = await measureBaselineScroll(await browser.newPage());
      log(`static page: ${baseline.frames} frames, p95 ${formatMs(baseline.p95FrameMs)}`);
      const frames = (s: ScrollFigures) =>
        `${s.frames} frames, p95 ${formatMs(s.p95FrameMs)}, longest ${formatMs(s.longestFrameMs)}`;
      return {
        columns: ['Page', 'first contentful paint', 'figures on screen (meaningful paint)', 'reading'],
        rows: [
          [
            'vendor dashboard (/vendor), 1,000 firms',
            formatMs(dashboard.fcp),
            formatMs(dashboard.figures),
            'program view from the roll-ups',
          ],
          [
            'partner portal home (/partner), its scorecard',
            formatMs(home.fcp),
            formatMs(home.figures),
            'one firm, live SQL',
          ],
          [
            `partners list (/vendor/partners), ${scroll.rowsLoaded.toLocaleString('en-US')} firms scrolled top to bottom`,
            frames(scroll),
            `${scroll.longFrames} frames over 50 ms; ${scroll.maxRowsInDom} rows in the DOM at most`,
            `${baseline.longFrames} over 50 ms on the static page (below)`,
          ],
          [
            'baseline: a static page of 1,000 plain rows, same scroll, same browser',
            frames(baseline),
            `${baseline.longFrames} frames over 50 ms`,
            'what this headless browser gives at best',
          ],
        ],
        notes: [
          `Headless Debian Chromium (${CHROMIUM}) against the built portal and API (NODE_ENV=production) on the 100,000-account program, on the same machine; times from navigation start, medians of ${LOADS} loads after one warm-up, browser cache warm (a returning user).`,
          'Meaningful paint: the first KPI figure of the page visible (`kpi-total-value`), i.e. the dashboard’s data fetched and drawn.',
          'Scrolling: the list’s scroll container is moved 200 px per animation frame to its end, loading further pages as it goes; frame time = the gap between animation frames.',
        ],
      };
    } finally {
      await browser.close();
      await server.stop();
      await data.release();
    }
  },
};
