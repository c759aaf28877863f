import { FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

test.describe('vendor admin manages users', () => {
  test('creates a user on the Users page, sees it in the table, and the audit log shows user.create', async ({
    page,
    signInPage,
    shell,
    usersPage,
    auditLogPage,
  }) => {
    const lang = USERS.vendorAdmin.locale;
    const stamp = Date.now().toString(36);
    const newUser = {
      email: `e2e-${stamp}@sakura.example`,
      displayName: `E2E 利用者 ${stamp}`,
      role: 'PARTNER_MEMBER' as const,
      firm: FIRMS.sakura,
      password: 'e2e-password-2026',
    };

    await signInPage.goto();
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.goTo('users');
    await expect(page).toHaveURL(/\/vendor\/users/);
    await usersPage.expectLoaded();
    await expect(usersPage.row(USERS.vendorAdmin.email)).toHaveCount(1);

    await usersPage.create(lang, newUser);
    await expect(page.getByText(t(lang, 'users.notify.created', { email: newUser.email }))).toBeVisible();

    await usersPage.filter(newUser.email);
    const row = usersPage.row(newUser.email);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell')).toHaveText([
      newUser.email,
      newUser.displayName,
      t(lang, 'enums.Role.PARTNER_MEMBER'),
      FIRMS.sakura,
      t(lang, 'enums.Locale.ja'),
      t(lang, 'users.activeYes'),
      /\d/,
      '',
    ]);

    await shell.goTo('audit-log');
    await expect(page).toHaveURL(/\/vendor\/audit-log/);
    await auditLogPage.expectLoaded();
    const entries = auditLogPage.entries('user.create', USERS.vendorAdmin.email);
    // Newest first: the top user.create by the admin is ours (earlier runs' users are gone: fresh database).
    await expect(entries.first()).toBeVisible();
    await expect(entries.first()).toContainText(t(lang, 'enums.Role.VENDOR_ADMIN'));
    const details = await auditLogPage.expand(entries.first());
    await expect(details).toContainText(newUser.email);
    await expect(details).not.toContainText('e2e-password-2026');

    // The new user can sign in and lands in the partner portal of their firm.
    await shell.signOut();
    await signInPage.signIn(newUser.email, newUser.password);
    await shell.expectHome('partner');
    await expect(shell.homeRole).toContainText(FIRMS.sakura);
  });

  test('vendor staff opening Users / Audit log by URL gets the forbidden notice', async ({
    page,
    signInPage,
    shell,
  }) => {
    await signInPage.goto();
    await signInPage.signInAs(USERS.vendorStaff);
    await shell.expectHome('vendor');
    await page.goto('/vendor/users');
    await expect(page.getByTestId('users-page')).toHaveCount(0);
    const forbidden = page.getByTestId('forbidden');
    await expect(forbidden).toBeVisible();
    await expect(forbidden).toContainText(t('en', 'errors.forbiddenTitle'));
    await expect(forbidden).toContainText(t('en', 'errors.forbidden'));

    await page.goto('/vendor/audit-log');
    await expect(page.getByTestId('forbidden')).toBeVisible();
    await expect(page.getByTestId('audit-log-page')).toHaveCount(0);
  });
});
