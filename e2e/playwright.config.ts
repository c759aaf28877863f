import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser end-to-end suite of Baton. It runs against the *built* app (`npm run build` at the
 * root first; `npm test` does that) and never builds itself.
 */
const repoRoot = resolve(__dirname, '..');
const apiMain = join(repoRoot, 'api', 'dist', 'main.js');
const webDist = join(repoRoot, 'web', 'dist');

const missing = [apiMain, join(webDist, 'index.html')].filter((file) => !existsSync(file));
if (missing.length > 0) {
  throw new Error(
    `Baton e2e: the built app is missing (${missing.join(', ')}). ` +
      'Run `npm run build` at the repository root first (`npm test` does it for you).',
  );
}

const PORT = Number(process.env.BATON_E2E_PORT ?? 3100);
const PG_PORT = Number(process.env.BATON_E2E_PG_PORT ?? 54340);
/** Removed before every start, so each run gets a freshly migrated and seeded database. */
const DATA_DIR = join(tmpdir(), 'baton-e2e', `pgdata-${PG_PORT}`);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium (apt-get install -y chromium); Playwright's own browser elsewhere.
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

const q = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // `exec` so the signal of the graceful shutdown reaches the app, which stops its PostgreSQL.
    command: `rm -rf ${q(DATA_DIR)} && exec node ${q(apiMain)}`,
    cwd: repoRoot,
    url: `${baseURL}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGINT', timeout: 10_000 },
    env: {
      PORT: String(PORT),
      DATABASE_URL: '', // empty means unset: the app starts its embedded PostgreSQL
      BATON_DATA_DIR: DATA_DIR,
      BATON_PG_PORT: String(PG_PORT),
      BATON_WEB_DIST: webDist,
      NODE_ENV: 'test',
      COOKIE_SECURE: 'false',
      // One access line per request would bury the test report; the API suites test the log.
      BATON_REQUEST_LOG: 'false',
    },
  },
});
