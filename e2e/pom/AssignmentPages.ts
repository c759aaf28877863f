import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';

const attr = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** The first number in `text`, as the portal formats numbers in English or Japanese ("1,234.5"). */
export function parseFormattedNumber(text: string | null): number {
  const match = /-?[\d,]+(\.\d+)?/.exec(text ?? '');
  if (!match) throw new Error(`No number in "${text}"`);
  return Number(match[0].replace(/,/g, ''));
}

/** The vendor's assignment list (`/vendor/assignments`), filtered through its address. */
export class AssignmentsPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('assignments-page');
    this.table = page.getByTestId('assignments-table');
    this.rows = page.getByTestId('assignment-row');
  }

  /** Opens the list for one month (and optionally statuses), 100 a page, newest first. */
  async goto(filter: { month?: string; statuses?: readonly string[] } = {}): Promise<void> {
    const params = new URLSearchParams();
    for (const status of filter.statuses ?? []) params.append('status', status);
    if (filter.month) params.set('month', filter.month);
    params.set('take', '100');
    await this.page.goto(`/vendor/assignments?${params}`);
    await expect(this.table).toBeVisible();
  }

  row(company: string): Locator {
    return this.page.locator(`[data-testid="assignment-row"][data-customer="${attr(company)}"]`);
  }
}

/** Auto-assignment (`/vendor/assignments/auto`): propose for a month, review, apply in one transaction. */
export class AutoAssignmentPage {
  readonly root: Locator;
  readonly month: Locator;
  readonly scopeAll: Locator;
  readonly scopeSelection: Locator;
  readonly selectionSearch: Locator;
  readonly queueRows: Locator;
  readonly selectedCount: Locator;
  readonly compute: Locator;
  readonly proposalRows: Locator;
  readonly objective: Locator;
  readonly greedy: Locator;
  readonly apply: Locator;
  readonly applyConfirm: Locator;
  readonly progress: Locator;
  readonly applied: Locator;
  readonly failed: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('auto-page');
    this.month = page.getByTestId('auto-month');
    this.scopeAll = page.getByTestId('auto-scope-all');
    this.scopeSelection = page.getByTestId('auto-scope-selection');
    this.selectionSearch = page.getByTestId('auto-selection-search');
    this.queueRows = page.getByTestId('auto-queue-row');
    this.selectedCount = page.getByTestId('auto-selected-count');
    this.compute = page.getByTestId('auto-compute');
    this.proposalRows = page.getByTestId('proposal-row');
    this.objective = page.getByTestId('proposal-objective');
    this.greedy = page.getByTestId('proposal-greedy');
    this.apply = page.getByTestId('auto-apply');
    this.applyConfirm = page.getByTestId('auto-apply-confirm');
    this.progress = page.getByTestId('auto-progress');
    this.applied = page.getByTestId('auto-applied');
    this.failed = page.getByTestId('auto-failed');
  }

  async goto(): Promise<void> {
    await this.page.goto('/vendor/assignments/auto');
    await expect(this.root).toBeVisible();
  }

  /** Chooses the month by its label ("Nov 2026", "2026年11月"). */
  async chooseMonth(label: string): Promise<void> {
    await this.month.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.month).toHaveValue(label);
  }

  queueCheckbox(company: string): Locator {
    return this.page.locator(`[data-testid="auto-select-row"][data-company="${attr(company)}"]`);
  }

  /** Switches to "selected customers", finds them in the queue by `search` and ticks each. */
  async selectCustomers(search: string, companies: readonly string[]): Promise<void> {
    await this.scopeSelection.check();
    await this.selectionSearch.fill(search);
    for (const company of companies) {
      await expect(this.queueCheckbox(company)).toBeVisible();
      await this.queueCheckbox(company).check();
      await expect(this.queueCheckbox(company)).toBeChecked();
    }
  }

  proposalRow(company: string): Locator {
    return this.page.locator(`[data-testid="proposal-row"][data-company="${attr(company)}"]`);
  }

  /** Total fit of the proposal and of the greedy baseline, as shown. */
  async objectives(): Promise<{ objective: number; greedy: number }> {
    await expect(this.objective).toHaveText(/\d/);
    await expect(this.greedy).toHaveText(/\d/);
    return {
      objective: parseFormattedNumber(await this.objective.textContent()),
      greedy: parseFormattedNumber(await this.greedy.textContent()),
    };
  }

  /** Applies the proposal (after the confirmation) and waits until every row is applied. */
  async applyAll(count: number): Promise<void> {
    await this.apply.click();
    await expect(this.applyConfirm).toBeVisible();
    await this.applyConfirm.click();
    await expect(this.failed).toHaveCount(0);
    await expect(this.applied).toBeVisible({ timeout: 30_000 });
    await expect(this.progress).toHaveAttribute('data-total', String(count));
    await expect(this.progress).toHaveAttribute('data-done', String(count));
  }
}

/** A partner admin's customers (`/partner/assignments`): incoming, current and history tabs. */
export class PartnerAssignmentsPage {
  readonly root: Locator;
  readonly incomingTab: Locator;
  readonly currentTab: Locator;
  readonly historyTab: Locator;
  readonly declineForm: Locator;
  readonly declineReason: Locator;
  readonly declineSubmit: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('partner-assignments-page');
    this.incomingTab = page.getByTestId('partner-assignments-tab-incoming');
    this.currentTab = page.getByTestId('partner-assignments-tab-current');
    this.historyTab = page.getByTestId('partner-assignments-tab-history');
    this.declineForm = page.getByTestId('decline-form');
    this.declineReason = page.getByTestId('decline-reason');
    this.declineSubmit = page.getByTestId('decline-submit');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/partner\/assignments/);
    await expect(this.root).toBeVisible();
  }

  incomingRow(company: string): Locator {
    return this.page.locator(`[data-testid="incoming-row"][data-company="${attr(company)}"]`);
  }

  historyRow(company: string): Locator {
    return this.page.locator(`[data-testid="history-row"][data-company="${attr(company)}"]`);
  }

  /** Declines an incoming customer with a reason; waits for the dialog to close. */
  async decline(company: string, reason: string): Promise<void> {
    const row = this.incomingRow(company);
    await expect(row).toHaveAttribute('data-declinable', 'true');
    await row.getByTestId('incoming-decline').click();
    await expect(this.declineForm).toBeVisible();
    await this.declineReason.fill(reason);
    await this.declineSubmit.click();
    await expectClosed(this.declineForm, 'the decline dialog should close after a successful decline');
  }
}
