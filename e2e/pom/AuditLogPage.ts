import { expect, type Locator, type Page } from '@playwright/test';

export class AuditLogPage {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('audit-log-page');
    this.rows = page.getByTestId('audit-row');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  /** Rows whose Action cell is exactly `action` (and, if given, by that actor). */
  entries(action: string, actorEmail?: string): Locator {
    let rows = this.rows.filter({ has: this.page.getByRole('cell', { name: action, exact: true }) });
    if (actorEmail) rows = rows.filter({ has: this.page.getByRole('cell', { name: actorEmail, exact: true }) });
    return rows;
  }

  /** Opens a row's before/after snapshots and returns the details row under it. */
  async expand(row: Locator): Promise<Locator> {
    await row.getByTestId('audit-row-toggle').click();
    const details = row.locator('xpath=following-sibling::tr[1]');
    await expect(details).toHaveAttribute('data-testid', 'audit-row-details');
    return details;
  }
}
