import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';

/** One partner firm's page (`/vendor/partners/:id`) and "My firm" (`/partner/firm`). */
export class PartnerPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly status: Locator;
  readonly changeStatusButton: Locator;
  readonly editButton: Locator;
  readonly statusForm: Locator;
  readonly editForm: Locator;
  readonly historyEntries: Locator;
  readonly description: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('partner-page');
    this.name = page.getByTestId('partner-name');
    this.status = page.getByTestId('partner-status');
    this.changeStatusButton = page.getByTestId('partner-change-status');
    this.editButton = page.getByTestId('partner-edit');
    this.statusForm = page.getByTestId('change-status-form');
    this.editForm = page.getByTestId('edit-profile-form');
    this.historyEntries = page.getByTestId('partner-history-entry');
    this.description = page.getByTestId('partner-description');
  }

  async expectLoaded(name: string): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.name).toHaveText(name);
  }

  async tab(name: 'profile' | 'strengths' | 'history' | 'capacity'): Promise<void> {
    await this.page.getByTestId(`partner-tab-${name}`).click();
  }

  /** Changes the status through the dialog (the new status picked by its label) and waits for it to close. */
  async changeStatus(statusLabel: string, reason: string): Promise<void> {
    await this.changeStatusButton.click();
    await expect(this.statusForm).toBeVisible();
    const select = this.page.getByTestId('change-status-select');
    if ((await select.inputValue()) !== statusLabel) {
      await select.click();
      await this.page.getByRole('option', { name: statusLabel, exact: true }).click();
    }
    await this.page.getByTestId('change-status-reason').fill(reason);
    await this.page.getByTestId('change-status-submit').click();
    await expectClosed(this.statusForm, 'the change-status dialog should close after a successful change');
  }

  async editDescription(description: string): Promise<void> {
    await this.editButton.click();
    await expect(this.editForm).toBeVisible();
    await this.page.getByTestId('edit-profile-description').fill(description);
    await this.page.getByTestId('edit-profile-submit').click();
    await expectClosed(this.editForm, 'the edit-profile dialog should close after a successful save');
  }
}
