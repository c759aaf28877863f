import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, type DemoUser } from '../support/demo';
import { LanguageSwitcher } from './LanguageSwitcher';

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;
  readonly language: LanguageSwitcher;

  constructor(readonly page: Page) {
    this.email = page.getByTestId('sign-in-email');
    this.password = page.getByTestId('sign-in-password');
    this.submit = page.getByTestId('sign-in-submit');
    this.error = page.getByTestId('sign-in-error');
    this.language = new LanguageSwitcher(page);
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await expect(this.submit).toBeVisible();
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in a demo user and waits until the portal has left the sign-in page. */
  async signInAs(user: DemoUser): Promise<void> {
    await this.signIn(user.email, DEMO_PASSWORD);
    await expect(this.page).not.toHaveURL(/\/sign-in/);
  }
}
