import { DEMO_PASSWORD, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { serverText, t } from '../support/i18n';

test.describe('sign-in and sign-out', () => {
  test('a wrong password shows the error alert and stays on /sign-in', async ({ page, signInPage }) => {
    await signInPage.goto();
    await signInPage.signIn(USERS.vendorAdmin.email, 'not-the-password-2026');

    await expect(signInPage.error).toBeVisible();
    await expect(signInPage.error).toHaveAttribute('role', 'alert');
    // Default UI language is Japanese; the message is the API's localized text.
    await expect(signInPage.error).toHaveText(serverText('ja', 'error.invalidCredentials'));
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(signInPage.submit).toHaveText(t('ja', 'signIn.submit'));

    // In English the message follows.
    await signInPage.language.choose('en');
    await signInPage.submit.click();
    await expect(signInPage.error).toHaveText(serverText('en', 'error.invalidCredentials'));
    await expect(page).toHaveURL(/\/sign-in$/);

    // The right password still works afterwards.
    await signInPage.password.fill(DEMO_PASSWORD);
    await signInPage.submit.click();
    await expect(page).toHaveURL(/\/vendor$/);
  });

  test('an unknown email gets the same message as a wrong password', async ({ page, signInPage }) => {
    await signInPage.goto();
    await signInPage.signIn('nobody@baton.example', DEMO_PASSWORD);
    await expect(signInPage.error).toHaveText(serverText('ja', 'error.invalidCredentials'));
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test('signing out returns to /sign-in and the session is gone', async ({ page, signInPage, shell }) => {
    await signInPage.goto();
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.expectHome('vendor');

    await shell.signOut();
    await expect(signInPage.submit).toBeVisible();

    await page.goto('/vendor');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(signInPage.submit).toBeVisible();
    await expect(shell.home('vendor')).toHaveCount(0);

    // The server forgot the session too, not only the page.
    const me = await page.request.post('/graphql', {
      data: { query: '{ me { email } }' },
      headers: { 'content-type': 'application/json' },
    });
    expect(me.ok()).toBeTruthy();
    expect((await me.json()).data).toEqual({ me: null });
  });

  test('a signed-out visitor of a deep link signs in and comes back to it', async ({ page, signInPage, usersPage }) => {
    await page.goto('/vendor/users');
    await expect(page).toHaveURL(/\/sign-in$/);
    await signInPage.signInAs(USERS.vendorAdmin);
    await expect(page).toHaveURL(/\/vendor\/users$/);
    await usersPage.expectLoaded();
  });
});
