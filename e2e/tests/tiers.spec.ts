import { ProjectBoardPage, ProjectPage } from '../pom/ProjectPages';
import { TierAdminPage, TierReviewPages } from '../pom/TierPages';
import { FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

/** The last complete calendar quarter (YYYY-MM-DD). */
function lastQuarter(): { from: string; to: string } {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  const start = new Date(Date.UTC(now.getUTCFullYear(), (q - 1) * 3, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}
const REWARD: Record<number, string> = { 1: '1', 2: '1.05', 3: '1.1', 4: '1.15', 5: '1.25' };
const tierLabel = (tier: number) => t('ja', 'partners.tierValue', { tier });

test.describe('certification tiers', () => {
  test('a cycle is opened, an auditor approves one tier and overrides another, the firms see it and a statement pays it', async ({
    page,
    signInPage,
    shell,
  }) => {
    test.setTimeout(120_000);
    const period = lastQuarter();
    const cycle = `E2E ${period.from}`;

    // The vendor admin opens a review cycle for every active firm.
    await signInPage.goto();
    await signInPage.signInAs(USERS.vendorAdmin);
    const admin = new TierAdminPage(page);
    await admin.goto();
    const row = await admin.openCycle(cycle, period.from, period.to);
    await expect(row).toContainText(/0\s*\/\s*[3-9]/);
    await shell.signOut();

    // The auditor approves Sakura's proposed tier and overrides Aozora's with a reason.
    await signInPage.signInAs(USERS.auditor);
    const reviews = new TierReviewPages(page);
    await expect(reviews.queue).toBeVisible();
    await reviews.openFromQueue(FIRMS.sakura);
    const sakuraTier = await reviews.proposedTier();
    await reviews.approve();
    await expect(page.getByTestId('tier-review-status')).toHaveText(t('ja', 'tiers.status.FINALIZED'));
    await expect(page.getByTestId('tier-review-decision')).toContainText(t('ja', 'tiers.decision.APPROVED'));

    await page.goto('/auditor');
    await reviews.openFromQueue(FIRMS.aozora);
    const aozoraTier = (await reviews.proposedTier()) === 4 ? 3 : 4;
    const reason = 'E2E: 監査で顧客満足度の記録を確認したため';
    await reviews.override(tierLabel(aozoraTier), reason);
    await expect(page.getByTestId('tier-review-decision')).toContainText(reason);
    await expect(page.getByTestId('tier-review-decision')).toContainText(tierLabel(aozoraTier));
    // The rows beneath the frozen evidence are one click away.
    await page.getByTestId('evidence-drill').click();
    await expect(page.getByTestId('evidence-months-row')).toHaveCount(3);
    // The firm's page keeps its review history and tier history.
    await page.getByTestId('tier-review-partner').getByRole('link').click();
    await page.getByTestId('partner-tab-tier').click();
    await expect(page.getByTestId('partner-tier-reviews-row').first()).toContainText(
      t('ja', 'tiers.decision.OVERRIDDEN'),
    );
    await expect(page.getByTestId('tier-history').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('tier-history').locator('tbody tr').first()).toContainText(tierLabel(aozoraTier));
    await page.goto('/auditor');
    await expect(reviews.queue.locator('tr', { hasText: FIRMS.aozora })).toHaveCount(0);
    // Every decision is in the audit log, and its hash chain holds.
    await shell.goTo('audit-log');
    await page.getByTestId('audit-chain-verify').click();
    await expect(page.getByTestId('audit-chain-ok')).toBeVisible();
    await shell.signOut();

    // Sakura sees its approved tier and what the next one still needs.
    await signInPage.signInAs(USERS.sakuraAdmin);
    await page.goto('/partner/tier');
    await expect(page.getByTestId('tier-standing-current')).toHaveText(tierLabel(sakuraTier));
    await expect(page.getByTestId('next-tier-gaps')).toBeVisible();
    await expect(page.getByTestId('tier-history').locator('tbody tr').first()).toContainText(tierLabel(sakuraTier));
    await shell.signOut();

    // Aozora sees the tier the auditor set; it finishes an onboarding today, paid at that tier's rate.
    await signInPage.signInAs(USERS.aozoraAdmin);
    await page.goto('/partner/tier');
    await expect(page.getByTestId('tier-standing-current')).toHaveText(tierLabel(aozoraTier));
    if (aozoraTier < 5)
      await expect(page.getByTestId('next-tier-gaps')).toContainText(
        t('ja', 'tiers.standing.nextTitle', { tier: aozoraTier + 1, name: '' }).slice(0, 4),
      );
    const company = '株式会社ネクストフィナンシャル';
    await shell.goTo('projects');
    const board = new ProjectBoardPage(page);
    await board.expectLoaded();
    await board.open(board.card(company));
    const project = new ProjectPage(page);
    await project.expectLoaded(company);
    for (let position = await project.currentPosition(); position !== null; position = await project.currentPosition())
      await project.completePhase(position, `E2E フェーズ${position}完了`);

    await page.goto('/partner/statements');
    const line = page.getByTestId('statement-lines').locator('tr', { hasText: company });
    await expect(line).toBeVisible();
    await expect(line).toContainText(tierLabel(aozoraTier).replace(/\D/g, ''));
    await expect(line).toContainText(REWARD[aozoraTier]);
    await expect(page.getByTestId('statement-total')).toBeVisible();
    await shell.signOut();

    // Vendor staff see every firm's statement of the month, Aozora's among them.
    await signInPage.signInAs(USERS.vendorStaff);
    await page.goto('/vendor/statements');
    const firm = page.getByTestId('statements-table').locator('tr', { hasText: FIRMS.aozora });
    await expect(firm).toBeVisible();
    await firm.click();
    await expect(page.locator('[data-testid^="statement-lines-"]').filter({ hasText: company })).toBeVisible();
  });
});
