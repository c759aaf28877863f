import { expect, type Locator, type Page } from '@playwright/test';

const attr = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export type EscalationStatus = 'open' | 'resolved';

/**
 * One escalation's conversation in its drawer (vendor inbox and project page alike): messages
 * oldest first, a reply box while open, and "Resolve" for vendor staff.
 */
export class EscalationConversation {
  readonly root: Locator;
  readonly subject: Locator;
  readonly messages: Locator;
  readonly replyBox: Locator;
  readonly replySubmit: Locator;
  readonly resolveButton: Locator;
  readonly resolution: Locator;
  readonly resolveSubmit: Locator;
  readonly resolvedBy: Locator;
  readonly closed: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('escalation-drawer');
    this.subject = this.root.getByTestId('escalation-subject');
    this.messages = this.root.getByTestId('escalation-message');
    this.replyBox = this.root.getByTestId('escalation-reply');
    this.replySubmit = this.root.getByTestId('escalation-reply-submit');
    this.resolveButton = this.root.getByTestId('escalation-resolve');
    this.resolution = this.root.getByTestId('escalation-resolution');
    this.resolveSubmit = this.root.getByTestId('escalation-resolve-submit');
    this.resolvedBy = this.root.getByTestId('escalation-resolved-by');
    this.closed = this.root.getByTestId('escalation-closed');
  }

  /** The messages of one side (`vendor` or `partner`), oldest first. */
  from(side: 'vendor' | 'partner'): Locator {
    return this.root.locator(`[data-testid="escalation-message"][data-from="${side}"]`);
  }

  async expectOpened(subject: string): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.subject).toHaveText(subject);
  }

  /** Sends a message and waits until the conversation shows it (the box empties on success). */
  async reply(body: string, side: 'vendor' | 'partner'): Promise<void> {
    const before = await this.from(side).count();
    await this.replyBox.fill(body);
    await this.replySubmit.click();
    await expect(this.from(side)).toHaveCount(before + 1);
    await expect(this.from(side).last().getByTestId('escalation-message-body')).toHaveText(body);
    await expect(this.replyBox).toHaveValue('');
  }

  /** Vendor staff: resolves with a resolution text and waits for the closed state. */
  async resolve(resolution: string): Promise<void> {
    await this.resolveButton.click();
    await expect(this.resolution).toBeVisible();
    await this.resolution.fill(resolution);
    await this.resolveSubmit.click();
    await expect(this.closed).toBeVisible();
    await expect(this.root).toHaveAttribute('data-status', 'resolved');
  }

  /** Closes the drawer (Escape) and waits until it is gone. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.root).toHaveCount(0);
  }
}

/** The vendor's escalation inbox (`/vendor/escalations`): figures, the list, and a conversation drawer. */
export class EscalationInboxPage {
  readonly root: Locator;
  readonly stats: Locator;
  readonly openStat: Locator;
  readonly resolvedStat: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly conversation: EscalationConversation;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('escalation-inbox');
    this.stats = page.getByTestId('escalation-stats');
    this.openStat = page.getByTestId('escalation-stat-open');
    this.resolvedStat = page.getByTestId('escalation-stat-resolved');
    this.table = page.getByTestId('escalation-table');
    this.rows = page.getByTestId('escalation-row');
    this.conversation = new EscalationConversation(page);
  }

  /** Opens the inbox (default view: open escalations), 100 a page so a busy database keeps a row on page 1. */
  async goto(): Promise<void> {
    await this.page.goto('/vendor/escalations?take=100');
    await expect(this.root).toBeVisible();
    await expect(this.table).toBeVisible();
  }

  row(subject: string): Locator {
    return this.page.locator(`[data-testid="escalation-row"][data-subject="${attr(subject)}"]`);
  }

  /** The open count of the figures, once loaded. */
  async openCount(): Promise<number> {
    await expect(this.stats).toHaveAttribute('data-open', /^\d+$/);
    return Number(await this.stats.getAttribute('data-open'));
  }

  /** Shows the open or the resolved escalations (the figure cards filter the list). */
  async show(status: EscalationStatus): Promise<void> {
    await (status === 'open' ? this.openStat : this.resolvedStat).getByRole('button').click();
    if (status === 'resolved') await expect(this.page).toHaveURL(/[?&]status=resolved(&|$)/);
    else await expect(this.page).not.toHaveURL(/[?&]status=/);
  }

  /** Opens a conversation from its row. */
  async open(subject: string): Promise<void> {
    await this.row(subject).getByTestId('escalation-row-open').click();
    await this.conversation.expectOpened(subject);
  }
}
