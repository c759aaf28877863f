import { expect, type Locator, type Page } from '@playwright/test';

export type KpiTotal = 'activation' | 'onTime' | 'capacity' | 'csat' | 'nps' | 'escalations' | 'risk';

/** The vendor dashboard (`/vendor`) or a firm's scorecard (`/partner`), and its evidence drawer. */
export class DashboardPage {
  readonly root: Locator;
  readonly drawer: Locator;
  readonly evidenceRows: Locator;

  constructor(
    readonly page: Page,
    readonly experience: 'vendor' | 'partner',
  ) {
    this.root = page.getByTestId(experience === 'vendor' ? 'kpi-dashboard' : 'kpi-scorecard');
    this.drawer = page.getByTestId('kpi-evidence');
    this.evidenceRows = page.getByTestId('kpi-evidence-table-row');
  }

  /** Opens the page over a period (YYYY-MM) and waits for its figures. */
  async goto(fromMonth: string, toMonth: string): Promise<void> {
    await this.page.goto(`/${this.experience}?from=${fromMonth}&to=${toMonth}`);
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('kpi-totals')).toBeVisible();
  }

  total(name: KpiTotal): Locator {
    return this.page.getByTestId(`kpi-total-${name}`);
  }

  /** Opens the rows behind a headline figure; answers how many the drawer says there are. */
  async traceTotal(name: KpiTotal): Promise<number> {
    await this.total(name).click();
    const badge = this.page.getByTestId('kpi-evidence-total');
    await expect(badge).toBeVisible();
    const count = Number((await badge.innerText()).replace(/\D/g, ''));
    await expect(
      this.evidenceRows.or(this.page.getByTestId('kpi-evidence-table').getByTestId('empty-state')).first(),
    ).toBeVisible();
    return count;
  }

  /** The values of one column of the evidence table. */
  async evidenceColumn(column: string): Promise<string[]> {
    return this.evidenceRows.locator(`td[data-column="${column}"]`).allInnerTexts();
  }

  async closeEvidence(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.getByTestId('kpi-evidence-total')).toBeHidden();
  }
}
