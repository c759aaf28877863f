import { expect, type Locator, type Page } from '@playwright/test';

/** A partner's capacity: the "Capacity" tab of a partner's page and the partner portal's `/partner/capacity`. */
export class CapacityPage {
  readonly root: Locator;
  readonly portalRoot: Locator;
  readonly offerButton: Locator;
  readonly form: Locator;
  readonly slots: Locator;
  readonly submit: Locator;
  readonly summaryRows: Locator;
  readonly planRows: Locator;
  readonly historyEntries: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('capacity-view');
    this.portalRoot = page.getByTestId('partner-capacity-page');
    this.offerButton = page.getByTestId('capacity-offer');
    this.form = page.getByTestId('capacity-offer-form');
    this.slots = page.getByTestId('capacity-offer-slots');
    this.submit = page.getByTestId('capacity-offer-submit');
    this.summaryRows = page.getByTestId('capacity-summary-row');
    this.planRows = page.getByTestId('capacity-plan-row');
    this.historyEntries = page.getByTestId('capacity-history-entry');
  }

  summaryRow(month: string): Locator {
    return this.page.locator(`[data-testid="capacity-summary-row"][data-month="${month}"]`);
  }

  planRow(month: string): Locator {
    return this.page.locator(`[data-testid="capacity-plan-row"][data-month="${month}"]`);
  }

  historyEntry(month: string): Locator {
    return this.page.locator(`[data-testid="capacity-history-entry"][data-month="${month}"]`);
  }

  /** Offers slots for the dialog's default month (next month) and product line ("All lines"); waits for it to close. */
  async offer(slots: number): Promise<void> {
    await this.offerButton.click();
    await expect(this.form).toBeVisible();
    await this.slots.fill(String(slots));
    await this.submit.click();
    await expect(this.form, 'the offer dialog should close after a successful offer').toHaveCount(0);
  }
}

/** "YYYY-MM" of the month `offset` months from now (UTC, as the API counts months). */
export function monthFromNow(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
}
