import { readFileSync } from 'node:fs';
import { AppShell } from '../pom/AppShell';
import { DashboardPage } from '../pom/DashboardPage';
import { ProjectBoardPage, ProjectPage } from '../pom/ProjectPages';
import { SignInPage } from '../pom/SignInPage';
import { FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

/** YYYY-MM `n` months from now. */
function monthFromNow(n: number): string {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 7);
}
/** The last six months and the next six: every demo project and the phases due soon. */
const FROM = monthFromNow(-5);
const TO = monthFromNow(6);

test.describe('KPI dashboards', () => {
  test('vendor staff read the program’s figures, trace one to its rows, export them and narrow to one firm', async ({
    page,
  }) => {
    await new SignInPage(page).goto();
    await new SignInPage(page).signInAs(USERS.vendorAdmin);
    const dashboard = new DashboardPage(page, 'vendor');
    await dashboard.goto(FROM, TO);
    for (const section of [
      'kpi-activation',
      'kpi-on-time',
      'kpi-capacity',
      'kpi-surveys',
      'kpi-escalations',
      'kpi-risk',
    ])
      await expect(page.getByTestId(section)).toBeVisible();

    // The demo's projects are behind the escalations-per-project figure, one row each.
    const projects = await dashboard.traceTotal('escalations');
    expect(projects).toBeGreaterThanOrEqual(6);
    await expect(dashboard.evidenceRows).toHaveCount(projects);
    expect(new Set(await dashboard.evidenceColumn('partner'))).toEqual(new Set(Object.values(FIRMS)));

    const download = page.waitForEvent('download');
    await page.getByTestId('kpi-evidence-table-csv').click();
    const csv = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split(/\r\n/);
    expect(csv[0].split(',')).toEqual([
      t('ja', 'kpi.columns.customer'),
      t('ja', 'kpi.columns.partner'),
      t('ja', 'kpi.columns.start'),
      t('ja', 'kpi.columns.escalations'),
    ]);
    expect(csv).toHaveLength(projects + 1);
    await dashboard.closeEvidence();

    // The demo customers' survey answers are behind CSAT; one firm: its rows only, and the on-time
    // rate turns into its trend by month.
    expect(await dashboard.traceTotal('csat')).toBeGreaterThan(0);
    const firm = (await dashboard.evidenceColumn('partner'))[0];
    await dashboard.closeEvidence();
    await page.getByTestId('kpi-filter-partner').click();
    await page.getByRole('option', { name: firm, exact: true }).click();
    await expect(page).toHaveURL(/partner=[0-9a-f-]{36}/);
    const partnerId = new URL(page.url()).searchParams.get('partner');
    await expect(page.getByTestId('kpi-on-time-table-row').first().locator('td[data-column="month"]')).toBeVisible();
    const own = await dashboard.traceTotal('escalations');
    expect(own).toBeLessThan(projects);
    expect(new Set(await dashboard.evidenceColumn('partner'))).toEqual(new Set([firm]));
    await dashboard.closeEvidence();

    // The partner page shows the firm's figures and its customers' answers too.
    await page.goto(`/vendor/partners/${partnerId}`);
    await page.getByTestId('partner-tab-kpis').click();
    await expect(page.getByTestId('partner-kpis').getByTestId('kpi-totals')).toBeVisible();
    await expect(page.getByTestId('kpi-surveys-table-row').first()).toBeVisible();
  });

  test('a firm’s scorecard shows a phase completed today as on time, and only the firm’s own rows', async ({
    page,
  }) => {
    await new SignInPage(page).goto();
    await new SignInPage(page).signInAs(USERS.midoriAdmin);
    const scorecard = new DashboardPage(page, 'partner');
    await scorecard.goto(FROM, TO);
    await expect(page.getByTestId('kpi-filter-partner')).toHaveCount(0);
    const before = await scorecard.traceTotal('onTime');
    const onTimeBefore = (await scorecard.evidenceColumn('counted')).filter(
      (c) => c === t('ja', 'kpi.evidence.yes'),
    ).length;
    expect(new Set(await scorecard.evidenceColumn('partner'))).toEqual(before ? new Set([FIRMS.midori]) : new Set());
    await scorecard.closeEvidence();

    // A running project whose current phase is not yet due: completing it today is on time.
    await new AppShell(page).goTo('projects');
    const board = new ProjectBoardPage(page);
    await board.expectLoaded();
    const card = page
      .locator('[data-testid="board-card"]:is([data-health="ON_TRACK"], [data-health="AT_RISK"])')
      .first();
    await expect(card).toBeVisible();
    await board.open(card);
    const project = new ProjectPage(page);
    await project.expectLoaded();
    const position = await project.currentPosition();
    expect(position).not.toBeNull();
    await project.completePhase(position!, 'E2E 期限内に完了');

    await scorecard.goto(FROM, TO);
    expect(await scorecard.traceTotal('onTime')).toBe(before + 1);
    const onTimeAfter = (await scorecard.evidenceColumn('counted')).filter(
      (c) => c === t('ja', 'kpi.evidence.yes'),
    ).length;
    expect(onTimeAfter).toBe(onTimeBefore + 1);
  });
});
