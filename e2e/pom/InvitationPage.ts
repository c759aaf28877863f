import { expect, type Locator, type Page } from '@playwright/test';

/** The public invitation page (`/invitation/:token`). */
export class InvitationPage {
  readonly root: Locator;
  readonly firm: Locator;
  readonly role: Locator;
  readonly email: Locator;
  readonly displayName: Locator;
  readonly password: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;
  readonly invalid: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('invitation-page');
    this.firm = page.getByTestId('invitation-firm');
    this.role = page.getByTestId('invitation-role');
    this.email = page.getByTestId('invitation-email');
    this.displayName = page.getByTestId('invitation-display-name');
    this.password = page.getByTestId('invitation-password');
    this.confirm = page.getByTestId('invitation-confirm');
    this.submit = page.getByTestId('invitation-submit');
    this.invalid = page.getByTestId('invitation-invalid');
  }

  async accept(password: string): Promise<void> {
    await expect(this.submit).toBeVisible();
    await this.password.fill(password);
    await this.confirm.fill(password);
    await this.submit.click();
  }
}
