import { FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

test.describe('partner directory and lifecycle', () => {
  test('vendor staff filters the directory and suspends a firm; its partner admin sees it under My firm and edits the description', async ({
    page,
    signInPage,
    shell,
    partnersPage,
    partnerPage,
  }) => {
    const staff = USERS.vendorStaff;
    const lang = staff.locale;
    const stamp = Date.now().toString(36);
    const reason = `E2E: quarterly review found open issues (${stamp})`;

    await signInPage.goto();
    await signInPage.signInAs(staff);
    await shell.goTo('partners');
    await expect(page).toHaveURL(/\/vendor\/partners$/);
    await partnersPage.expectLoaded();
    // The demo firms; firms other specs create carry "E2E" in their names.
    const demoRows = partnersPage.rows.filter({ hasNotText: 'E2E' });
    await expect(demoRows).toHaveCount(3);

    // Server-side filters, kept in the URL: two kinds match みどり and Aozora, not さくら.
    await partnersPage.pickMany(partnersPage.kinds, [
      t(lang, 'enums.PartnerKind.LABOR_CONSULTANT_OFFICE'),
      t(lang, 'enums.PartnerKind.SYSTEM_INTEGRATOR'),
    ]);
    await expect(page).toHaveURL(/[?&]kind=LABOR_CONSULTANT_OFFICE/);
    await expect(page).toHaveURL(/[?&]kind=SYSTEM_INTEGRATOR/);
    await expect(demoRows).toHaveCount(2);
    await expect(partnersPage.row(FIRMS.midori)).toHaveCount(1);
    await expect(partnersPage.row(FIRMS.aozora)).toHaveCount(1);
    await expect(partnersPage.row(FIRMS.sakura)).toHaveCount(0);
    await expect(partnersPage.row(FIRMS.midori)).toContainText(t(lang, 'enums.PartnerStatus.ACTIVE'));

    // A reload keeps the filtered view.
    await page.reload();
    await expect(partnersPage.filters).toContainText(t(lang, 'enums.PartnerKind.SYSTEM_INTEGRATOR'));
    await expect(demoRows).toHaveCount(2);
    await expect(partnersPage.row(FIRMS.sakura)).toHaveCount(0);

    // A search that matches nothing says so, and offers to reset.
    await partnersPage.search.fill(`no-such-firm-${stamp}`);
    await expect(partnersPage.emptyState).toContainText(t(lang, 'partners.noMatch'));
    await page.getByTestId('partners-empty-reset').click();
    await expect(demoRows).toHaveCount(3);
    await expect(partnersPage.search).toHaveValue('');

    // The firm's page: ACTIVE → SUSPENDED with a reason.
    await partnersPage.open(FIRMS.midori);
    await expect(page).toHaveURL(/\/vendor\/partners\/[0-9a-f-]{36}$/);
    await partnerPage.expectLoaded(FIRMS.midori);
    await expect(partnerPage.status).toHaveText(t(lang, 'enums.PartnerStatus.ACTIVE'));
    await partnerPage.changeStatus(t(lang, 'enums.PartnerStatus.SUSPENDED'), reason);
    await expect(
      page.getByText(
        t(lang, 'partner.notify.statusChanged', {
          name: FIRMS.midori,
          status: t(lang, 'enums.PartnerStatus.SUSPENDED'),
        }),
      ),
    ).toBeVisible();
    await expect(partnerPage.status).toHaveText(t(lang, 'enums.PartnerStatus.SUSPENDED'));

    await partnerPage.tab('history');
    const latest = partnerPage.historyEntries.first();
    await expect(latest).toContainText(reason);
    await expect(latest).toContainText(t(lang, 'enums.PartnerStatus.ACTIVE'));
    await expect(latest).toContainText(t(lang, 'enums.PartnerStatus.SUSPENDED'));
    await expect(latest).toContainText(t(lang, 'partner.history.by', { email: staff.email }));

    // The firm's partner admin sees the new status under "My firm" and edits the description.
    await shell.signOut();
    const admin = USERS.midoriAdmin;
    // Same browser: the language chosen at the staff's sign-in stays (it is kept across sign-ins).
    const adminLang = lang;
    const description = `E2E 紹介文 ${stamp}: 製造業の給与計算導入を得意とします。`;
    await signInPage.signInAs(admin);
    await shell.expectHome('partner');
    await shell.goTo('firm');
    await expect(page).toHaveURL(/\/partner\/firm$/);
    await partnerPage.expectLoaded(FIRMS.midori);
    await expect(shell.nav('firm')).toHaveText(t(adminLang, 'nav.firm'));
    await expect(partnerPage.status).toHaveText(t(adminLang, 'enums.PartnerStatus.SUSPENDED'));
    await expect(partnerPage.changeStatusButton).toHaveCount(0);

    await partnerPage.editDescription(description);
    await expect(page.getByText(t(adminLang, 'partner.notify.profileSaved', { name: FIRMS.midori }))).toBeVisible();
    await expect(partnerPage.description).toContainText(description);

    await partnerPage.tab('history');
    await expect(partnerPage.historyEntries.first()).toContainText(reason);
  });

  test('a partner member sees My firm read-only', async ({ page, signInPage, shell, partnerPage }) => {
    const member = USERS.midoriConsultant2;
    await signInPage.goto();
    await signInPage.signInAs(member);
    await shell.goTo('firm');
    await partnerPage.expectLoaded(FIRMS.midori);
    await expect(page.getByTestId('partner-note')).toHaveText(t(member.locale, 'partner.firm.readOnly'));
    await expect(partnerPage.editButton).toHaveCount(0);
    await expect(partnerPage.changeStatusButton).toHaveCount(0);
  });
});
