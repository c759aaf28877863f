import { expect, type Locator, type Page } from '@playwright/test';

/** The partner directory (`/vendor/partners`, `/auditor/partners`). */
export class PartnersPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly productModule: Locator;
  readonly kinds: Locator;
  /** The filter bar (MultiSelect pills show inside it). */
  readonly filters: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('partners-page');
    this.table = page.getByTestId('partners-table');
    this.rows = page.getByTestId('partner-row');
    this.search = page.getByTestId('partners-filter-search');
    this.productModule = page.getByTestId('partners-filter-module');
    this.kinds = page.getByTestId('partners-filter-kinds');
    this.filters = page.getByTestId('partners-filters');
    this.emptyState = this.table.getByTestId('empty-state');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** Picks one option of a searchable Select by its (translated) label. */
  async pick(select: Locator, option: string): Promise<void> {
    await select.click();
    await select.fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
    await expect(select).toHaveValue(option);
  }

  /** Picks options of a MultiSelect by their (translated) labels, then closes its dropdown. */
  async pickMany(select: Locator, options: readonly string[]): Promise<void> {
    await select.click();
    for (const option of options) {
      const item = this.page.getByRole('option', { name: option, exact: true });
      await item.click();
      // The filter goes to the URL and back into the select: pick the next one once this one shows.
      await expect(item).toHaveAttribute('aria-selected', 'true');
    }
    await this.page.keyboard.press('Escape');
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click();
  }
}
