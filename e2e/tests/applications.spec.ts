import { ApplicationsPage } from '../pom/ApplicationsPage';
import { ApplyPage } from '../pom/ApplyPage';
import { InvitationPage } from '../pom/InvitationPage';
import { PartnerPage } from '../pom/PartnerPage';
import { SignInPage } from '../pom/SignInPage';
import { AppShell } from '../pom/AppShell';
import { USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

const CRITERIA = [
  'DOMAIN_EXPERTISE',
  'PROJECT_MANAGEMENT',
  'COMMUNICATION',
  'HEADCOUNT_AT_START',
  'STABLE_MONTHLY_CAPACITY',
  'WILLINGNESS_TO_EXPAND',
] as const;

test.describe('partner applications and vetting', () => {
  test('a visitor applies; vendor staff score and approve it; the invitee sets a password and lands in the partner portal', async ({
    browser,
    page,
  }) => {
    test.setTimeout(120_000); // three browsers, the whole path
    const stamp = Date.now().toString(36);
    const firmName = `E2E Hoshi Consulting ${stamp}`;
    const contactEmail = `e2e-owner-${stamp}@hoshi.example`;
    const contactName = `E2E Yuki Hoshi ${stamp}`;
    const lang = 'en';

    // 1. The visitor finds the form from the sign-in page and applies in English.
    const apply = new ApplyPage(page);
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.language.choose(lang);
    await page.getByTestId('sign-in-apply').click();
    await expect(page).toHaveURL(/\/apply$/);
    await expect(apply.submit).toHaveText(t(lang, 'applications.apply.submit'));
    await apply.fill({
      firmName,
      kind: t(lang, 'enums.PartnerKind.TAX_ACCOUNTANT_OFFICE'),
      contactName,
      contactEmail,
      contactPhone: '03-1234-5678',
      headcountAtStart: 6,
      monthlyCapacity: 4,
      strengths: { languages: [t(lang, 'vocab.language.en')] },
      expansionPlans: 'Two more consultants next year; Osaka office in 2027.',
    });
    await apply.submit.click();
    await expect(apply.received).toBeVisible();
    await expect(apply.received).toContainText(t(lang, 'applications.apply.received.title'));
    const reference = (await apply.reference.textContent())?.trim() ?? '';
    expect(reference).not.toBe('');

    // 2. Vendor staff find it in the console (own browser context: the visitor is not signed in).
    const staffContext = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const staffPage = await staffContext.newPage();
    const staff = USERS.vendorStaff;
    const staffLang = staff.locale;
    const staffSignIn = new SignInPage(staffPage);
    const shell = new AppShell(staffPage);
    const applications = new ApplicationsPage(staffPage);
    await staffSignIn.goto();
    await staffSignIn.signInAs(staff);
    await expect(shell.nav('applications')).toHaveText(t(staffLang, 'applications.nav'));
    await shell.goTo('applications');
    await expect(staffPage).toHaveURL(/\/vendor\/applications$/);
    await expect(applications.root).toBeVisible();
    await applications.search.fill(reference);
    await expect(staffPage).toHaveURL(new RegExp(`[?&]q=${reference}`));
    await expect(applications.rows).toHaveCount(1);
    await expect(applications.row(firmName)).toContainText(t(staffLang, 'applications.status.SUBMITTED'));
    await applications.open(firmName);
    await expect(staffPage.getByTestId('application-contact-email')).toHaveText(contactEmail);
    await expect(staffPage.getByTestId('application-languages')).toContainText(t(staffLang, 'vocab.language.en'));

    // Approval waits for all six criteria.
    await expect(applications.approveButton).toHaveAttribute('data-disabled', 'true');

    // 3. Partial save first: three criteria, then the other three.
    for (const criterion of CRITERIA.slice(0, 3)) {
      await applications.score(criterion, 4, `E2E evidence for ${criterion}`);
    }
    await applications.saveScores.click();
    await expect(staffPage.getByText(t(staffLang, 'applications.notify.scored', { count: 3 }))).toBeVisible();
    await expect(applications.status).toHaveText(t(staffLang, 'applications.status.UNDER_REVIEW'));
    await expect(applications.approveButton).toHaveAttribute('data-disabled', 'true');
    for (const criterion of CRITERIA.slice(3)) {
      await applications.score(criterion, 5, `E2E evidence for ${criterion}`);
    }
    await applications.saveScores.click();
    await expect(staffPage.getByText(t(staffLang, 'applications.notify.scored', { count: 3 }))).toHaveCount(2);
    await expect(applications.approveButton).not.toHaveAttribute('data-disabled', 'true');

    // 4. Approve: the firm is created and the invitation link shown, to copy.
    await applications.approveButton.click();
    await staffPage.getByTestId('approve-note').fill('Strong payroll background.');
    await staffPage.getByTestId('approve-submit').click();
    await expect(applications.approved).toBeVisible();
    await expect(staffPage.getByTestId('approved-partner-link')).toHaveText(firmName);
    await expect(applications.status).toHaveText(t(staffLang, 'applications.status.APPROVED'));
    await expect(applications.decision).toContainText('Strong payroll background.');
    await expect(applications.approveButton).toHaveCount(0);
    const invitationUrl = (await applications.invitationUrl.textContent())?.trim() ?? '';
    expect(invitationUrl).toMatch(/^http:\/\/localhost:\d+\/invitation\/\S+$/);
    await applications.copyInvitation.click();
    await expect(applications.copyInvitation).toHaveAttribute(
      'aria-label',
      t(staffLang, 'applications.approved.copied'),
    );
    expect(await staffPage.evaluate(() => navigator.clipboard.readText())).toBe(invitationUrl);

    // The partner page keeps the scorecard and decision under "Application".
    await staffPage.getByTestId('approved-partner-link').click();
    const partnerPage = new PartnerPage(staffPage);
    await partnerPage.expectLoaded(firmName);
    await staffPage.getByTestId('partner-tab-application').click();
    await expect(staffPage.getByTestId('partner-application')).toContainText(reference);
    await expect(staffPage.getByTestId('scorecard-DOMAIN_EXPERTISE')).toContainText(
      t(staffLang, 'applications.scorecard.scoreOf', { score: 4 }),
    );
    await expect(staffPage.getByTestId('application-decision-reason')).toHaveText('Strong payroll background.');
    await staffContext.close();

    // 5. The invitee opens the link in a fresh browser, sets a password and lands in the partner portal.
    const inviteeContext = await browser.newContext();
    const inviteePage = await inviteeContext.newPage();
    const invitation = new InvitationPage(inviteePage);
    const inviteeLang = 'ja'; // a fresh browser: the default language
    await inviteePage.goto(invitationUrl);
    await expect(invitation.firm).toHaveText(firmName);
    await expect(invitation.email).toHaveText(contactEmail);
    await expect(invitation.role).toHaveText(t(inviteeLang, 'enums.Role.PARTNER_ADMIN'));
    await expect(invitation.displayName).toHaveValue(contactName);
    // The confirmation must match.
    await invitation.password.fill('hoshi-e2e-password');
    await invitation.confirm.fill('hoshi-e2e-passw0rd');
    await invitation.submit.click();
    await expect(inviteePage.getByText(t(inviteeLang, 'validation.passwordMismatch'))).toBeVisible();
    await invitation.accept('hoshi-e2e-password');
    const inviteeShell = new AppShell(inviteePage);
    await inviteeShell.expectHome('partner');
    await expect(inviteeShell.homeRole).toHaveText(
      t(inviteeLang, 'home.roleAtFirm', { role: t(inviteeLang, 'enums.Role.PARTNER_ADMIN'), firm: firmName }),
    );

    // The link is single-use.
    await inviteeShell.signOut();
    await inviteePage.goto(invitationUrl);
    await expect(invitation.invalid).toBeVisible();
    await expect(invitation.invalid).toContainText(t(inviteeLang, 'applications.invitation.invalid'));
    await inviteePage.getByTestId('invitation-sign-in').click();
    await expect(inviteePage).toHaveURL(/\/sign-in$/);
    await inviteeContext.close();
  });

  test('submitting the empty form shows field messages; the honeypot is invisible to people', async ({ page }) => {
    const apply = new ApplyPage(page);
    const lang = 'en';
    await apply.goto();
    await apply.language.choose(lang);

    // The honeypot is in the form but off-screen, out of the tab order and hidden from assistive technology.
    await expect(apply.honeypot).toHaveCount(1);
    await expect(apply.honeypot).not.toBeInViewport();
    await expect(apply.honeypot).toHaveAttribute('tabindex', '-1');
    await expect(apply.honeypot).toHaveAttribute('autocomplete', 'off');
    await expect(page.getByTestId('apply-honeypot-wrapper')).toHaveAttribute('aria-hidden', 'true');
    await expect(apply.honeypot).toHaveValue('');
    await expect(page.getByRole('textbox', { name: t(lang, 'applications.apply.honeypot') })).toHaveCount(0);

    await apply.submit.click();
    const required = t(lang, 'validation.required');
    for (const field of ['firm-name', 'kind', 'contact-name', 'contact-email', 'headcount', 'capacity']) {
      await expect(apply.field(field)).toHaveAttribute('aria-invalid', 'true');
      await expect(apply.fieldRoot(field)).toContainText(required);
    }
    // The keyboard goes to the first field to fix.
    await expect(apply.field('firm-name')).toBeFocused();
    await expect(apply.received).toHaveCount(0);

    // A malformed e-mail and an out-of-range number get their own messages.
    await apply.field('contact-email').fill('not-an-email');
    await apply.field('firm-name').fill('x'.repeat(10));
    await apply.submit.click();
    await expect(apply.fieldRoot('contact-email')).toContainText(t(lang, 'validation.email'));
    await expect(apply.fieldRoot('firm-name')).not.toContainText(required);
    // Numbers beyond the server's range are brought back into it as the field is left.
    await apply.field('capacity').fill('5000');
    await apply.field('capacity').blur();
    await expect(apply.field('capacity')).toHaveValue('1000');
  });

  test('an unknown invitation link says so and points to sign-in', async ({ page }) => {
    const invitation = new InvitationPage(page);
    await page.goto('/invitation/not-a-real-token');
    await expect(invitation.invalid).toBeVisible();
    await expect(invitation.invalid).toContainText(t('ja', 'applications.invitation.invalid'));
    await expect(page.getByTestId('invitation-sign-in')).toHaveText(t('ja', 'applications.invitation.goToSignIn'));
  });
});
