import type { Page } from '@playwright/test';
import { csvFile } from '../pom/CustomersPages';
import { UsagePage } from '../pom/UsagePage';
import { USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

/** The demo's second project (有限会社いろは食堂, started 33 days before the seed): flat usage below the threshold. */
const FLAGGED_COMPANY = '有限会社いろは食堂';
/** The server's today (UTC): a usage report may not be later. */
const today = () => new Date().toISOString().slice(0, 10);

async function externalIdOf(page: Page, projectId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($id: ID!) { onboardingProject(id: $id) { customer { externalId } } }',
        variables: { id },
      }),
    });
    const body = (await res.json()) as { data: { onboardingProject: { customer: { externalId: string } } } };
    return body.data.onboardingProject.customer.externalId;
  }, projectId);
}

test('usage snapshots imported by CSV activate a pending customer and take it off the outreach list', async ({
  page,
  signInPage,
  shell,
}) => {
  await signInPage.goto();
  await signInPage.signInAs(USERS.vendorAdmin);
  await shell.goTo('usage');
  const usage = new UsagePage(page);
  await usage.expectLoaded();

  // Flagged at day 30: below the threshold and still pending.
  const flagged = page.locator(`[data-testid="outreach-row"][data-company="${FLAGGED_COMPANY}"]`);
  await expect(flagged).toBeVisible();
  const projectId = (await flagged.getAttribute('data-project')) ?? '';
  expect(projectId).not.toBe('');
  const externalId = await externalIdOf(page, projectId);

  await page.goto(`/vendor/projects/${projectId}`);
  const panel = page.getByTestId('project-usage');
  await expect(panel).toHaveAttribute('data-outcome', 'PENDING');
  await expect(page.getByTestId('activation-outcome')).toHaveText(t('ja', 'usage.outcome.PENDING'));
  await expect(page.getByTestId('activation-flag')).toBeVisible();

  // A file with a mistake is refused row by row, and nothing can be imported from it.
  await shell.goTo('usage');
  await usage.expectLoaded();
  await usage.check(
    csvFile('usage-bad.csv', [
      ['external_id', 'date', 'utilization'],
      [externalId, today(), '75'],
      ['E2E-NO-SUCH-CUSTOMER', today(), '75'],
    ]),
  );
  await expect(usage.importIssues).toHaveCount(1);
  await expect(usage.importIssues.first()).toHaveAttribute('data-row', '3');
  await expect(usage.importSubmit).toBeDisabled();

  await usage.check(
    csvFile('usage.csv', [
      ['external_id', 'date', 'utilization', 'metric:logins'],
      [externalId, today(), '75', '42'],
    ]),
  );
  await expect(usage.importIssues).toHaveCount(0);
  await usage.importSubmit.click();
  await expect(usage.importDone).toBeVisible();
  await expect(usage.outreachRow(projectId)).toHaveCount(0);

  await page.goto(`/vendor/projects/${projectId}`);
  await expect(panel).toHaveAttribute('data-outcome', 'ACTIVATED');
  await expect(page.getByTestId('activation-outcome')).toHaveText(t('ja', 'usage.outcome.ACTIVATED'));
  await expect(page.getByTestId('marker-level')).toContainText('75');
  await expect(page.getByTestId('usage-chart')).toBeVisible();
});
