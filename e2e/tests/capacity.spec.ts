import { CapacityPage, monthFromNow } from '../pom/CapacityPage';
import { FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

test.describe('capacity', () => {
  test('the sakura partner admin offers 5 slots for next month; vendor staff sees them and the history entry on the partner page', async ({
    page,
    signInPage,
    shell,
    partnersPage,
    partnerPage,
  }) => {
    const capacity = new CapacityPage(page);
    const admin = USERS.sakuraAdmin;
    const staff = USERS.vendorStaff;
    const nextMonth = monthFromNow(1);

    // The partner admin offers from the partner portal's "Capacity" page.
    await signInPage.goto();
    await signInPage.signInAs(admin);
    const lang = admin.locale;
    await shell.goTo('capacity');
    await expect(capacity.portalRoot).toBeVisible();
    await expect(capacity.summaryRows).toHaveCount(6);
    await capacity.offer(5);
    const row = capacity.summaryRow(nextMonth);
    await expect(row.getByTestId('capacity-summary-offered')).toHaveText('5');
    await expect(row.getByTestId('capacity-summary-consumed')).toHaveText('0');
    await expect(row.getByTestId('capacity-summary-free')).toHaveText('5');
    const plan = capacity.planRow(nextMonth);
    await expect(plan.getByTestId('capacity-plan-offered')).toHaveText('5');
    await expect(plan.getByTestId('capacity-plan-product-line')).toHaveText(t(lang, 'capacity.allLines'));
    await expect(capacity.historyEntry(nextMonth).first().getByTestId('capacity-history-by')).toHaveText(admin.email);
    await shell.signOut();

    // Vendor staff finds it on さくら's partner page, "Capacity" tab, with the history entry.
    await signInPage.signInAs(staff);
    await shell.goTo('partners');
    await partnersPage.expectLoaded();
    await partnersPage.open(FIRMS.sakura);
    await partnerPage.expectLoaded(FIRMS.sakura);
    await partnerPage.tab('capacity');
    await expect(capacity.root).toBeVisible();
    await expect(capacity.offerButton).toBeVisible();
    await expect(capacity.summaryRow(nextMonth).getByTestId('capacity-summary-offered')).toHaveText('5');
    // The total is the sum of the months (the demo seed offers slots in the other months too).
    const months = (await page.getByTestId('capacity-summary-offered').allInnerTexts()).map(Number);
    await expect(page.getByTestId('capacity-total-offered')).toHaveText(String(months.reduce((a, b) => a + b, 0)));
    const entry = capacity.historyEntry(nextMonth).first();
    await expect(entry.getByTestId('capacity-history-by')).toHaveText(admin.email);
    await expect(entry.getByTestId('capacity-history-change')).toContainText('5');
  });

  test('a partner member reads the firm capacity without offering', async ({ page, signInPage, shell }) => {
    const capacity = new CapacityPage(page);
    await signInPage.goto();
    await signInPage.signInAs(USERS.sakuraConsultant1);
    await shell.goTo('capacity');
    await expect(capacity.portalRoot).toBeVisible();
    await expect(capacity.summaryRows).toHaveCount(6);
    await expect(capacity.offerButton).toHaveCount(0);
  });
});
