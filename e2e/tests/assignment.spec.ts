import type { Browser, Page } from '@playwright/test';
import { AppShell } from '../pom/AppShell';
import { AssignmentsPage, AutoAssignmentPage, PartnerAssignmentsPage } from '../pom/AssignmentPages';
import { CapacityCalendarPage, monthLabel } from '../pom/CapacityCalendarPage';
import { CustomerImportPage, CustomerPage, CustomersPage, csvFile } from '../pom/CustomersPages';
import { SignInPage } from '../pom/SignInPage';
import { FIRMS, USERS, type DemoUser, type FirmKey } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { serverText, type Lang } from '../support/i18n';

const HEADER = [
  'external_id',
  'company_name',
  'industry',
  'employee_band',
  'prefecture',
  'products',
  'contract_date',
  'segment',
] as const;

/** A fresh browser (own cookies), signed in as a demo user, in `lang`. */
async function signedIn(browser: Browser, user: DemoUser, lang: Lang): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(user);
  await new AppShell(page).language.choose(lang);
  return page;
}

/** The demo partner admin of the firm called `name`. */
function adminOf(name: string): DemoUser {
  const key = (Object.keys(FIRMS) as FirmKey[]).find((k) => FIRMS[k] === name);
  if (!key) throw new Error(`"${name}" is not a demo firm`);
  return USERS[`${key}Admin`];
}

test.describe('customer assignment, end to end', () => {
  test('staff import customers, assign one from its recommendations and the rest automatically; the calendar counts them; a firm declines one and it returns to the queue', async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const stamp = Date.now().toString(36);
    const lang: Lang = 'en';
    const staffPage = await signedIn(browser, USERS.vendorStaff, lang);
    const staffShell = new AppShell(staffPage);
    const calendar = new CapacityCalendarPage(staffPage);

    // The capacity calendar before: this month (the browser's) and what every firm has consumed.
    await calendar.goto();
    const month = await calendar.firstMonth();
    expect(month).toMatch(/^\d{4}-\d{2}$/);
    // Two free slots a firm are enough for 3 accounting customers and 1 payroll customer. The demo
    // has them; earlier runs on the same database (--repeat-each) may have used them up.
    let toppedUp = false;
    for (const firm of Object.values(FIRMS)) toppedUp = (await calendar.ensureFree(firm, month, 2)) || toppedUp;
    if (toppedUp) await calendar.goto();
    const consumedBefore = new Map<string, number>();
    for (const firm of Object.values(FIRMS)) consumedBefore.set(firm, await calendar.consumed(firm, month));
    const totalBefore = await calendar.totalConsumed(month);

    // 1. Import four customers from a CSV: first with one bad row (refused), then fixed.
    const customers = [
      { id: `E2E-${stamp}-1`, company: `E2E ${stamp} Hinode Bakery`, industry: 'RETAIL', products: 'ACCOUNTING' },
      {
        id: `E2E-${stamp}-2`,
        company: `E2E ${stamp} Kawase Metals`,
        industry: 'MANUFACTURING',
        products: 'ACCOUNTING',
      },
      { id: `E2E-${stamp}-3`, company: `E2E ${stamp} Minato Trading`, industry: 'WHOLESALE', products: 'ACCOUNTING' },
      { id: `E2E-${stamp}-4`, company: `E2E ${stamp} Tsubame Builders`, industry: 'CONSTRUCTION', products: 'PAYROLL' },
    ];
    const badIndustry = 'E2E_NO_SUCH_INDUSTRY';
    const rows = (bad: boolean) =>
      customers.map((c, i) => [
        c.id,
        c.company,
        bad && i === 1 ? badIndustry : c.industry,
        '21-100',
        'JP-13',
        c.products,
        `${month}-01`,
        'SMB',
      ]);

    await staffShell.goTo('customers');
    const customersPage = new CustomersPage(staffPage);
    await expect(customersPage.root).toBeVisible();
    await customersPage.importButton.click();
    const importPage = new CustomerImportPage(staffPage);
    await importPage.expectLoaded();

    await importPage.upload(csvFile(`e2e-customers-${stamp}.csv`, [HEADER, ...rows(true)]), 4);
    await expect(importPage.preview).toHaveAttribute('data-issues', '1');
    await expect(importPage.issues).toHaveCount(1);
    // The header is row 1: the second customer is row 3.
    const issue = importPage.issue(3, 'industry');
    await expect(issue).toBeVisible();
    await expect(issue).toContainText(serverText(lang, 'import.unknownCode', { value: badIndustry }));
    await expect(importPage.submit).toBeDisabled();

    await importPage.upload(csvFile(`e2e-customers-${stamp}-fixed.csv`, [HEADER, ...rows(false)]), 4);
    await expect(importPage.preview).toHaveAttribute('data-issues', '0');
    await expect(importPage.preview).toHaveAttribute('data-to-create', '4');
    await expect(importPage.issues).toHaveCount(0);
    await expect(importPage.ready).toBeVisible();
    await expect(importPage.submit).toBeEnabled();
    await importPage.submit.click();
    await expect(importPage.done).toHaveAttribute('data-created', '4');
    await expect(importPage.done).toHaveAttribute('data-updated', '0');

    // 2. The first customer, found in the queue by its CRM id: recommendations for this month,
    //    an explanation, and an assignment to the best-ranked firm with its preselected lead.
    const first = customers[0];
    await customersPage.goto('queue');
    await customersPage.searchFor(first.id);
    await expect(customersPage.row(first.id)).toHaveAttribute('data-assigned', 'false');
    await customersPage.open(first.id);
    const customerPage = new CustomerPage(staffPage);
    await customerPage.expectLoaded(first.company);
    await expect(customerPage.queued).toBeVisible();
    await expect(customerPage.recommendations).toBeVisible();
    await expect(customerPage.month).toHaveValue(monthLabel(lang, month));
    const top = await customerPage.topRecommendation();
    expect(Object.values(FIRMS), 'the best-ranked firm should be a demo firm').toContain(top.partner);
    expect(top.score).toBeGreaterThan(0);
    const components = await customerPage.explain(top.row);
    expect(await components.count()).toBeGreaterThan(1);
    await customerPage.assign(top.row);
    await expect(customerPage.current).toBeVisible();
    await expect(customerPage.currentFirm).toHaveText(top.partner);
    await expect(customerPage.historyRows).toHaveCount(1);
    await expect(customerPage.historyRow('ACTIVE', top.partner)).toBeVisible();

    // 3. Auto-assignment of the other three for this month: an optimal proposal, applied.
    const rest = customers.slice(1);
    const auto = new AutoAssignmentPage(staffPage);
    await auto.goto();
    await auto.chooseMonth(monthLabel(lang, month));
    await auto.selectCustomers(
      stamp,
      rest.map((c) => c.company),
    );
    // Only the three left in the queue: the first one has a firm now.
    await expect(auto.queueRows).toHaveCount(3);
    await expect(auto.queueCheckbox(first.company)).toHaveCount(0);
    await auto.compute.click();
    await expect(auto.proposalRows).toHaveCount(3);
    const firmOf = new Map<string, string>([[first.company, top.partner]]);
    for (const c of rest) {
      const row = auto.proposalRow(c.company);
      await expect(row).toHaveAttribute('data-partner', /\S/);
      const firm = (await row.getAttribute('data-partner')) ?? '';
      expect(Object.values(FIRMS), `${c.company} should go to a demo firm`).toContain(firm);
      firmOf.set(c.company, firm);
    }
    const { objective, greedy } = await auto.objectives();
    expect(objective).toBeGreaterThan(0);
    expect(objective, 'the optimal matching should fit at least as well as the greedy pick').toBeGreaterThanOrEqual(
      greedy,
    );
    await auto.applyAll(3);

    const assignments = new AssignmentsPage(staffPage);
    await assignments.goto({ month, statuses: ['ACTIVE'] });
    for (const c of customers) {
      const row = assignments.row(c.company);
      await expect(row).toHaveCount(1);
      await expect(row).toHaveAttribute('data-status', 'ACTIVE');
      await expect(row).toHaveAttribute('data-partner', firmOf.get(c.company)!);
    }

    // 4. The calendar counts the four new assignments of this month.
    await calendar.goto();
    expect(await calendar.firstMonth()).toBe(month);
    expect(await calendar.consumed(top.partner, month)).toBeGreaterThan(consumedBefore.get(top.partner)!);
    expect(await calendar.totalConsumed(month)).toBe(totalBefore + 4);

    // 5. The firm that took one of the auto-assigned customers declines it, with a reason.
    const declined = rest[0];
    const declinedFirm = firmOf.get(declined.company)!;
    const reason = `E2E ${stamp}: no consultant free before the customer's go-live.`;
    const admin = adminOf(declinedFirm);
    const adminPage = await signedIn(browser, admin, admin.locale);
    await new AppShell(adminPage).goTo('assignments');
    const partnerAssignments = new PartnerAssignmentsPage(adminPage);
    await partnerAssignments.expectLoaded();
    await expect(partnerAssignments.incomingRow(declined.company)).toBeVisible();
    await partnerAssignments.decline(declined.company, reason);
    await expect(partnerAssignments.incomingRow(declined.company)).toHaveCount(0);
    await partnerAssignments.historyTab.click();
    const history = partnerAssignments.historyRow(declined.company);
    await expect(history).toHaveAttribute('data-status', 'DECLINED');
    await expect(history).toContainText(reason);

    // …and vendor staff find the customer back in the queue, its history showing why.
    await customersPage.goto('queue');
    await customersPage.searchFor(declined.id);
    await expect(customersPage.row(declined.id)).toHaveAttribute('data-assigned', 'false');
    await customersPage.open(declined.id);
    await customerPage.expectLoaded(declined.company);
    await expect(customerPage.queued).toBeVisible();
    await expect(customerPage.current).toHaveCount(0);
    const declinedRow = customerPage.historyRow('DECLINED', declinedFirm);
    await expect(declinedRow).toHaveCount(1);
    await expect(declinedRow.getByTestId('assignment-history-reason')).toHaveText(reason);

    await Promise.all([staffPage, adminPage].map((p) => p.context().close()));
  });
});
