import { USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

test.describe('language', () => {
  test('Japanese by default; switching to English changes the texts, <html lang> and survives a reload', async ({
    page,
    signInPage,
  }) => {
    await signInPage.goto();
    await signInPage.language.expectSelected('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(signInPage.submit).toHaveText(t('ja', 'signIn.submit'));
    await expect(page.getByText(t('ja', 'signIn.subtitle'), { exact: true })).toBeVisible();

    await signInPage.language.choose('en');
    await expect(signInPage.submit).toHaveText(t('en', 'signIn.submit'));
    await expect(page.getByText(t('en', 'signIn.subtitle'), { exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => localStorage.getItem('baton.lang'))).toBe('en');

    await page.reload();
    await signInPage.language.expectSelected('en');
    await expect(signInPage.submit).toHaveText(t('en', 'signIn.submit'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a language picked on this device wins over the user’s saved one, and can be switched in the app', async ({
    page,
    signInPage,
    shell,
  }) => {
    // The vendor admin's saved locale is ja; the device choice (en) applies.
    await signInPage.goto();
    await signInPage.language.choose('en');
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.expectHome('vendor');
    await expect(shell.nav('users')).toHaveText(t('en', 'nav.users'));
    await expect(shell.nav('audit-log')).toHaveText(t('en', 'nav.auditLog'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await shell.language.choose('ja');
    await expect(shell.nav('users')).toHaveText(t('ja', 'nav.users'));
    await expect(shell.nav('audit-log')).toHaveText(t('ja', 'nav.auditLog'));
    await expect(shell.homeHeading).toHaveText(t('ja', 'home.welcome', { name: USERS.vendorAdmin.displayName }));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    await page.reload();
    await shell.expectHome('vendor');
    await shell.language.expectSelected('ja');
    await expect(shell.nav('users')).toHaveText(t('ja', 'nav.users'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('without a device choice, the user’s saved language applies after sign-in', async ({
    page,
    signInPage,
    shell,
  }) => {
    await signInPage.goto();
    await signInPage.signInAs(USERS.vendorStaff); // saved locale: en
    await shell.expectHome('vendor');
    await expect(shell.nav('partners')).toHaveText(t('en', 'nav.partners'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await shell.language.expectSelected('en');
  });
});
