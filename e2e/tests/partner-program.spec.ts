import type { Browser, Page } from '@playwright/test';
import { AppShell } from '../pom/AppShell';
import { ApplicationsPage } from '../pom/ApplicationsPage';
import { ApplyPage } from '../pom/ApplyPage';
import { InvitationPage } from '../pom/InvitationPage';
import { PartnerPage } from '../pom/PartnerPage';
import { PartnersPage } from '../pom/PartnersPage';
import { SignInPage } from '../pom/SignInPage';
import { ConsultantsPanel, TrainingCatalog, TrainingMatrix } from '../pom/TrainingPages';
import { USERS, type DemoUser } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t, type Lang } from '../support/i18n';

const CRITERIA = [
  'DOMAIN_EXPERTISE',
  'PROJECT_MANAGEMENT',
  'COMMUNICATION',
  'HEADCOUNT_AT_START',
  'STABLE_MONTHLY_CAPACITY',
  'WILLINGNESS_TO_EXPAND',
] as const;

/** A fresh browser (own cookies), signed in as a demo user. */
async function signedIn(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(user);
  return page;
}

/** Opens an invitation link in a fresh browser, sets a password and lands in the partner portal, in `lang`. */
async function acceptInvitation(browser: Browser, url: string, password: string, lang: Lang): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const invitation = new InvitationPage(page);
  await page.goto(url);
  await invitation.accept(password);
  const shell = new AppShell(page);
  await shell.expectHome('partner');
  await shell.language.choose(lang);
  return page;
}

test.describe('the partner program, end to end', () => {
  test('a firm applies, is approved, invites a consultant who trains, is confirmed and certified', async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const area = 'PAYROLL';
    const firmName = `E2E Kaede Payroll ${stamp}`;
    const ownerEmail = `e2e-owner-${stamp}@kaede.example`;
    const consultantEmail = `e2e-consultant-${stamp}@kaede.example`;
    const consultantName = `E2E Aoi Kaede ${stamp}`;

    // 0. The payroll curriculum: the demo's, or (when the demo has none) set up by the vendor admin.
    const vendorAdmin = USERS.vendorAdmin;
    const adminLang = vendorAdmin.locale;
    const adminPage = await signedIn(browser, vendorAdmin);
    const catalog = new TrainingCatalog(adminPage);
    await catalog.goto();
    if ((await catalog.curriculum(area).count()) === 0) {
      await catalog.createCurriculum(t(adminLang, `vocab.productModule.${area}`), `E2E 給与計算 ${stamp}`);
      await catalog.addModule(area, {
        kindLabel: t(adminLang, 'training.enums.TrainingModuleKind.ONLINE_COURSE'),
        title: `E2E Payroll basics ${stamp}`,
        passCriteria: 'Final test: 80 points or more',
      });
      await catalog.addModule(area, {
        kindLabel: t(adminLang, 'training.enums.TrainingModuleKind.ROLE_PLAY'),
        title: `E2E Payroll role-play ${stamp}`,
        passCriteria: 'Runs a kickoff meeting with a customer played by vendor staff',
      });
    }
    await expect(catalog.curriculum(area).getByTestId('module-row').first()).toBeVisible();
    await adminPage.context().close();

    // 1. A prospective firm applies through the public page (no sign-in), in English.
    const lang: Lang = 'en';
    const apply = new ApplyPage(page);
    await apply.goto();
    await apply.language.choose(lang);
    await apply.fill({
      firmName,
      kind: t(lang, 'enums.PartnerKind.ACCOUNTING_FIRM'),
      contactName: `E2E Sora Kaede ${stamp}`,
      contactEmail: ownerEmail,
      headcountAtStart: 5,
      monthlyCapacity: 3,
      strengths: { productModules: [t(lang, `vocab.productModule.${area}`)] },
      expansionPlans: 'Two more payroll consultants next year.',
    });
    await apply.submit.click();
    await expect(apply.received).toBeVisible();
    const reference = (await apply.reference.textContent())?.trim() ?? '';
    expect(reference).not.toBe('');

    // 2. Vendor staff score the six criteria and approve: the firm exists, its admin is invited.
    const staff = USERS.vendorStaff;
    const staffLang = staff.locale;
    const staffPage = await signedIn(browser, staff);
    const staffShell = new AppShell(staffPage);
    const applications = new ApplicationsPage(staffPage);
    await staffShell.goTo('applications');
    await expect(applications.root).toBeVisible();
    await applications.search.fill(reference);
    await expect(staffPage).toHaveURL(new RegExp(`[?&]q=${reference}`));
    await expect(applications.rows).toHaveCount(1);
    await applications.open(firmName);
    for (const criterion of CRITERIA) await applications.score(criterion, 4, `E2E: ${criterion}`);
    await applications.saveScores.click();
    await expect(applications.approveButton).not.toHaveAttribute('data-disabled', 'true');
    await applications.approveButton.click();
    await staffPage.getByTestId('approve-note').fill('Solid payroll practice.');
    await staffPage.getByTestId('approve-submit').click();
    await expect(applications.approved).toBeVisible();
    const ownerInvitation = (await applications.invitationUrl.textContent())?.trim() ?? '';
    expect(ownerInvitation).toMatch(/\/invitation\/\S+$/);

    // 3. The firm's partner admin opens the link and signs in by setting a password.
    const ownerPage = await acceptInvitation(browser, ownerInvitation, 'kaede-owner-e2e-pass', lang);
    const ownerShell = new AppShell(ownerPage);

    // 4. They invite a consultant and pass the link on.
    await ownerShell.goTo('consultants');
    const consultants = new ConsultantsPanel(ownerPage);
    const consultantInvitation = await consultants.invite(consultantEmail, consultantName);
    await consultants.closeInvite();
    await expect(consultants.row(consultantEmail).getByTestId('consultant-state')).toHaveText(
      t(lang, 'training.consultants.state.INVITED'),
    );

    // 5. The consultant accepts their invitation.
    const consultantPage = await acceptInvitation(browser, consultantInvitation, 'kaede-consultant-e2e', lang);
    await expect(new AppShell(consultantPage).nav('consultants')).toHaveCount(0);
    await ownerPage.reload();
    await expect(consultants.row(consultantEmail).getByTestId('consultant-state')).toHaveText(
      t(lang, 'training.consultants.state.ACTIVE'),
    );

    // 6. The partner admin records training on every payroll module: online courses PASSED,
    //    role-plays and OJT COMPLETED (PASSED is not theirs to give there: the vendor confirms it).
    await ownerShell.goTo('training');
    const ownerMatrix = new TrainingMatrix(ownerPage);
    await ownerMatrix.filterArea(t(lang, `vocab.productModule.${area}`));
    const modules = await ownerMatrix.modulesOf(consultantEmail);
    const courses = modules.filter((m) => m.kind === 'ONLINE_COURSE').map((m) => m.title);
    const judged = modules.filter((m) => m.kind !== 'ONLINE_COURSE').map((m) => m.title);
    expect(courses.length).toBeGreaterThan(0);
    expect(judged.length).toBeGreaterThan(0);

    await ownerMatrix.cell(consultantEmail, judged[0]).getByTestId('matrix-cell-button').click();
    await expect(ownerPage.getByTestId('record-training-vendor-note')).toBeVisible();
    await ownerPage.getByTestId('record-training-status').click();
    const passedLabel = t(lang, 'training.record.passedByVendor', {
      status: t(lang, 'training.enums.TrainingStatus.PASSED'),
    });
    await expect(ownerPage.getByRole('option', { name: passedLabel })).toHaveAttribute(
      'data-combobox-disabled',
      'true',
    );
    await ownerPage.keyboard.press('Escape');
    await ownerPage.getByRole('button', { name: t(lang, 'common.cancel') }).click();

    for (const title of courses) {
      await ownerMatrix.record(consultantEmail, title, t(lang, 'training.enums.TrainingStatus.PASSED'), {
        date: '2026-11-02',
        score: 92,
      });
      await expect(ownerMatrix.cell(consultantEmail, title)).toHaveAttribute('data-status', 'PASSED');
    }
    for (const title of judged) {
      await ownerMatrix.record(consultantEmail, title, t(lang, 'training.enums.TrainingStatus.COMPLETED'), {
        date: '2026-11-05',
      });
      await expect(ownerMatrix.cell(consultantEmail, title)).toHaveAttribute('data-status', 'COMPLETED');
      await expect(ownerMatrix.cell(consultantEmail, title).getByTestId('matrix-cell-awaiting')).toBeVisible();
    }

    // 7. Vendor staff try to certify too early: the typed error names the missing role-play.
    const partnersPage = new PartnersPage(staffPage);
    const partnerPage = new PartnerPage(staffPage);
    await staffShell.goTo('partners');
    await partnersPage.expectLoaded();
    await partnersPage.open(firmName);
    await partnerPage.expectLoaded(firmName);
    await staffPage.getByTestId('partner-tab-training').click();
    const staffMatrix = new TrainingMatrix(staffPage);
    await expect(staffMatrix.cell(consultantEmail, judged[0])).toHaveAttribute('data-awaiting', 'true');
    const areaLabel = t(staffLang, `vocab.productModule.${area}`);
    await staffMatrix.certify(consultantEmail, areaLabel);
    await expect(staffPage.getByTestId('certify-missing')).toBeVisible();
    await expect(staffPage.getByTestId('certify-missing-module')).toHaveCount(judged.length);
    await expect(staffPage.getByTestId('certify-missing-module')).toContainText(judged);
    await staffPage.getByRole('button', { name: t(staffLang, 'common.cancel') }).click();

    // 8. Vendor staff confirm the role-play (and any OJT) from the confirmations queue.
    await staffShell.goTo('training');
    await staffPage.getByTestId('training-tab-confirmations').click();
    const queued = staffPage.locator(`[data-testid="queue-row"][data-email="${consultantEmail}"]`);
    await expect(queued).toHaveCount(judged.length);
    for (const title of judged) {
      const row = queued.filter({ hasText: title });
      await row.getByTestId('queue-confirm').click();
      await staffPage.getByTestId('confirm-result-passed').click();
      await expect(row).toHaveCount(0);
    }

    // 9. …and certify the consultant for payroll on the firm's page.
    await staffShell.goTo('partners');
    await partnersPage.open(firmName);
    await staffPage.getByTestId('partner-tab-training').click();
    for (const title of judged) {
      await expect(staffMatrix.cell(consultantEmail, title)).toHaveAttribute('data-status', 'PASSED');
    }
    const form = await staffMatrix.certify(consultantEmail, areaLabel);
    await expect(form).toHaveCount(0);
    await expect(
      staffPage.getByText(t(staffLang, 'training.certify.notify.done', { name: consultantName, area: areaLabel })),
    ).toBeVisible();
    const staffCert = staffMatrix.row(consultantEmail).locator(`[data-testid="certification"][data-area="${area}"]`);
    await expect(staffCert).toHaveAttribute('data-status', 'ACTIVE');

    // 10. The consultant shows as certified: in their own Training page and in the firm's list.
    const consultantShell = new AppShell(consultantPage);
    await consultantShell.goTo('training');
    const ownCert = new TrainingMatrix(consultantPage)
      .row(consultantEmail)
      .locator(`[data-testid="certification"][data-area="${area}"]`);
    await expect(ownCert).toHaveAttribute('data-status', 'ACTIVE');
    await expect(ownCert).toContainText(t(lang, 'training.enums.CertificationStatus.ACTIVE'));
    await ownerShell.goTo('consultants');
    await expect(
      consultants.row(consultantEmail).locator(`[data-testid="certification"][data-area="${area}"]`),
    ).toHaveAttribute('data-status', 'ACTIVE');

    await Promise.all([ownerPage, consultantPage, staffPage].map((p) => p.context().close()));
  });
});
