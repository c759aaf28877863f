import { expect, type Locator, type Page } from '@playwright/test';
import type { CsvFile } from './CustomersPages';

/** The vendor console's usage page (`/vendor/usage`): outreach list, usage import, activation rule, API keys. */
export class UsagePage {
  readonly root: Locator;
  readonly outreachRows: Locator;
  readonly importFile: Locator;
  readonly importPreview: Locator;
  readonly importIssues: Locator;
  readonly importSubmit: Locator;
  readonly importDone: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('usage-page');
    this.outreachRows = page.getByTestId('outreach-row');
    this.importFile = page.getByTestId('usage-import-file');
    this.importPreview = page.getByTestId('usage-import-preview');
    this.importIssues = page.getByTestId('usage-import-issue');
    this.importSubmit = page.getByTestId('usage-import-submit');
    this.importDone = page.getByTestId('usage-import-done');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(
      this.outreachRows.first().or(this.page.getByTestId('outreach').getByTestId('empty-state')),
    ).toBeVisible();
  }

  outreachRow(projectId: string): Locator {
    return this.page.locator(`[data-testid="outreach-row"][data-project="${projectId}"]`);
  }

  /** Picks the file and waits for its preview. */
  async check(file: CsvFile): Promise<void> {
    await this.importFile.setInputFiles(file);
    await expect(this.importPreview).toBeVisible();
  }
}
