import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';
import type { Role } from '../support/demo';
import { t, type Lang } from '../support/i18n';

export interface NewUser {
  email: string;
  displayName: string;
  role: Role;
  password: string;
  /** Label of the partner firm, for partner roles. */
  firm?: string;
}

export class UsersPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly createButton: Locator;
  readonly search: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('users-page');
    this.table = page.getByTestId('users-table');
    this.rows = page.getByTestId('user-row');
    this.createButton = page.getByTestId('users-create');
    this.search = page.getByTestId('users-filter-search');
    this.form = page.getByTestId('user-form');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(email: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name: email, exact: true }) });
  }

  private async pick(select: Locator, option: string): Promise<void> {
    await select.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(select).toHaveValue(option);
  }

  async create(lang: Lang, user: NewUser): Promise<void> {
    await this.createButton.click();
    await expect(this.form).toBeVisible();
    await this.page.getByTestId('user-form-email').fill(user.email);
    await this.page.getByTestId('user-form-display-name').fill(user.displayName);
    await this.pick(this.page.getByTestId('user-form-role'), t(lang, `enums.Role.${user.role}`));
    if (user.firm) await this.pick(this.page.getByTestId('user-form-partner'), user.firm);
    await this.page.getByTestId('user-form-password').fill(user.password);
    await this.page.getByTestId('user-form-submit').click();
    await expectClosed(this.form, 'the new-user dialog should close after a successful create');
  }

  async filter(search: string): Promise<void> {
    await this.search.fill(search);
  }
}
