import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';

const attr = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** The customer list (`/vendor/customers`): the queue (no firm yet) and every customer, searchable. */
export class CustomersPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly queueTab: Locator;
  readonly allTab: Locator;
  readonly importButton: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customers-page');
    this.table = page.getByTestId('customers-table');
    this.rows = page.getByTestId('customer-row');
    this.search = page.getByTestId('customers-search');
    this.queueTab = page.getByTestId('customers-tab-queue');
    this.allTab = page.getByTestId('customers-tab-all');
    this.importButton = page.getByTestId('customers-import');
  }

  async goto(tab: 'queue' | 'all' = 'queue'): Promise<void> {
    await this.page.goto(tab === 'queue' ? '/vendor/customers' : '/vendor/customers?tab=all');
    await expect(this.root).toBeVisible();
  }

  /** The row of a customer, by its CRM id. */
  row(externalId: string): Locator {
    return this.page.locator(`[data-testid="customer-row"][data-external-id="${attr(externalId)}"]`);
  }

  /** Types into the search box and waits until the address carries it (the list follows the address). */
  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text)}(&|$)`));
  }

  /** Opens a customer's page from its row. */
  async open(externalId: string): Promise<void> {
    await this.row(externalId).getByTestId('customer-link').click();
    await expect(this.page.getByTestId('customer-page')).toBeVisible();
  }
}

/** A CSV file as `setInputFiles` takes it. */
export interface CsvFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function csvFile(name: string, rows: readonly (readonly string[])[]): CsvFile {
  const text = rows.map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','));
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text.join('\r\n') + '\r\n', 'utf8') };
}

/** The customer import (`/vendor/customers/import`): pick a CSV, read the preview, import all rows. */
export class CustomerImportPage {
  readonly root: Locator;
  readonly file: Locator;
  readonly checking: Locator;
  readonly preview: Locator;
  readonly issues: Locator;
  readonly ready: Locator;
  readonly submit: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customer-import-page');
    this.file = page.getByTestId('import-file');
    this.checking = page.getByTestId('import-checking');
    this.preview = page.getByTestId('import-preview');
    this.issues = page.getByTestId('import-issue');
    this.ready = page.getByTestId('import-ready');
    this.submit = page.getByTestId('import-submit');
    this.done = page.getByTestId('import-done');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/vendor\/customers\/import$/);
    await expect(this.root).toBeVisible();
  }

  /** Picks a file and waits for the server's preview of exactly `totalRows` rows. */
  async upload(file: CsvFile, totalRows: number): Promise<void> {
    await this.file.setInputFiles(file);
    await expect(this.preview).toHaveAttribute('data-total', String(totalRows));
    await expect(this.checking).toHaveCount(0);
  }

  issue(row: number, column: string): Locator {
    return this.page.locator(`[data-testid="import-issue"][data-row="${row}"][data-column="${column}"]`);
  }
}

/** One customer (`/vendor/customers/:id`): facts, recommendations while queued, current assignment, history. */
export class CustomerPage {
  readonly root: Locator;
  readonly name: Locator;
  readonly queued: Locator;
  readonly recommendations: Locator;
  readonly month: Locator;
  readonly recommendationRows: Locator;
  readonly assignForm: Locator;
  readonly assignLead: Locator;
  readonly assignSubmit: Locator;
  readonly current: Locator;
  readonly currentFirm: Locator;
  readonly historyRows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customer-page');
    this.name = page.getByTestId('customer-name');
    this.queued = page.getByTestId('customer-queued');
    this.recommendations = page.getByTestId('recommendations');
    this.month = page.getByTestId('recommendation-month');
    this.recommendationRows = page.getByTestId('recommendation-row');
    this.assignForm = page.getByTestId('assign-form');
    this.assignLead = page.getByTestId('assign-lead');
    this.assignSubmit = page.getByTestId('assign-submit');
    this.current = page.getByTestId('current-assignment');
    this.currentFirm = page.getByTestId('current-firm');
    this.historyRows = page.getByTestId('assignment-history-row');
  }

  async expectLoaded(companyName: string): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.name).toHaveText(companyName);
  }

  /** The best-ranked firm (the list is ordered by score, best first) with its score. */
  async topRecommendation(): Promise<{ row: Locator; partner: string; score: number }> {
    const row = this.recommendationRows.first();
    await expect(row).toHaveAttribute('data-score', /^-?\d+(\.\d+)?$/);
    return {
      row,
      partner: (await row.getAttribute('data-partner-name')) ?? '',
      score: Number(await row.getAttribute('data-score')),
    };
  }

  /** Opens a recommendation's explanation and returns the score components it lists. */
  async explain(row: Locator): Promise<Locator> {
    await row.getByTestId('recommendation-explain').click();
    await expect(row.getByTestId('recommendation-explain')).toHaveAttribute('aria-expanded', 'true');
    const components = this.page.getByTestId('recommendation-explanation').getByTestId('recommendation-component');
    await expect(components.first()).toBeVisible();
    return components;
  }

  /** Assigns the customer to a recommended firm with the lead the dialog preselects; returns the lead's name. */
  async assign(row: Locator): Promise<string> {
    await row.getByTestId('recommendation-assign').click();
    await expect(this.assignForm).toBeVisible();
    await expect(this.assignLead).not.toHaveValue('');
    const lead = await this.assignLead.inputValue();
    await this.assignSubmit.click();
    await expectClosed(this.assignForm, 'the assign dialog should close after a successful assignment');
    return lead;
  }

  historyRow(status: string, partner?: string): Locator {
    const byPartner = partner ? `[data-partner-name="${attr(partner)}"]` : '';
    return this.page.locator(`[data-testid="assignment-history-row"][data-status="${status}"]${byPartner}`);
  }
}
