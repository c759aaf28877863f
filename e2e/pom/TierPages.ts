import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';

/** The vendor console's tier page (`/vendor/tiers`): the definitions and the review cycles. */
export class TierAdminPage {
  readonly cycles: Locator;

  constructor(readonly page: Page) {
    this.cycles = page.getByTestId('review-cycles-table');
  }

  async goto(): Promise<void> {
    await this.page.goto('/vendor/tiers');
    await expect(this.page.getByTestId('tier-definitions-table')).toBeVisible();
  }

  /** Opens a cycle over the period; waits for its row. */
  async openCycle(name: string, from: string, to: string): Promise<Locator> {
    await this.page.getByTestId('cycle-name').fill(name);
    await this.page.getByTestId('cycle-from').fill(from);
    await this.page.getByTestId('cycle-to').fill(to);
    await this.page.getByTestId('cycle-open').click();
    const row = this.cycles.locator('tr', { hasText: name });
    await expect(row).toBeVisible();
    return row;
  }
}

/** The auditor's queue (home) and a review page. */
export class TierReviewPages {
  readonly queue: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    this.queue = page.getByTestId('review-queue-table');
    this.review = page.getByTestId('tier-review-page');
  }

  /** Opens the firm's open review from the queue. */
  async openFromQueue(firm: string): Promise<void> {
    await this.queue.locator('tr', { hasText: firm }).getByRole('link', { name: firm }).click();
    await expect(this.review).toBeVisible();
    await expect(this.page.getByTestId('tier-review-partner')).toHaveText(firm);
  }

  async proposedTier(): Promise<number> {
    const text = (await this.page.getByTestId('tier-review-proposed').textContent()) ?? '';
    return Number(text.match(/\d/)?.[0]);
  }

  async approve(): Promise<void> {
    await this.page.getByTestId('decision-approve').check();
    await this.page.getByTestId('decision-submit').click();
    await expectClosed(this.page.getByTestId('decision-form'), 'the decision form should go once the review is final');
  }

  /** Overrides with a tier (its option label) and a reason. */
  async override(tierLabel: string, reason: string): Promise<void> {
    await this.page.getByTestId('decision-override').check();
    await this.page.getByTestId('decision-tier').click();
    await this.page.getByRole('option', { name: tierLabel, exact: true }).click();
    await this.page.getByTestId('decision-reason').fill(reason);
    await this.page.getByTestId('decision-submit').click();
    await expectClosed(this.page.getByTestId('decision-form'), 'the decision form should go once the review is final');
  }
}
