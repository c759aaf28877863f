import { expect, type Locator, type Page } from '@playwright/test';

/** The application list (`/vendor/applications`) and one application's page. */
export class ApplicationsPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly search: Locator;
  readonly statuses: Locator;
  readonly detail: Locator;
  readonly firmName: Locator;
  readonly status: Locator;
  readonly scorecard: Locator;
  readonly saveScores: Locator;
  readonly approveButton: Locator;
  readonly rejectButton: Locator;
  readonly approved: Locator;
  readonly invitationUrl: Locator;
  readonly copyInvitation: Locator;
  readonly decision: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('applications-page');
    this.rows = page.getByTestId('application-row');
    this.search = page.getByTestId('applications-filter-search');
    this.statuses = page.getByTestId('applications-filter-statuses');
    this.detail = page.getByTestId('application-page');
    this.firmName = page.getByTestId('application-firm-name');
    this.status = page.getByTestId('application-status');
    this.scorecard = page.getByTestId('scorecard');
    this.saveScores = page.getByTestId('scorecard-save');
    this.approveButton = page.getByTestId('application-approve');
    this.rejectButton = page.getByTestId('application-reject');
    this.approved = page.getByTestId('application-approved');
    this.invitationUrl = page.getByTestId('approved-invitation-url');
    this.copyInvitation = page.getByTestId('approved-invitation-copy');
    this.decision = page.getByTestId('application-decision');
  }

  row(firmName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: firmName, exact: true }) });
  }

  async open(firmName: string): Promise<void> {
    await this.row(firmName).getByRole('link', { name: firmName, exact: true }).click();
    await expect(this.firmName).toHaveText(firmName);
  }

  criterion(criterion: string): Locator {
    return this.scorecard.getByTestId(`scorecard-${criterion}`);
  }

  /** Picks a 1–5 score and types the note of one criterion (not saved yet). */
  async score(criterion: string, score: number, note: string): Promise<void> {
    const row = this.criterion(criterion);
    await row.getByTestId('scorecard-score').getByText(String(score), { exact: true }).click();
    await row.getByTestId('scorecard-note').fill(note);
  }
}
