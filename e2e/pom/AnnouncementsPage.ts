import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';

export interface NewAnnouncement {
  title: string;
  /** Markdown. */
  body: string;
}

/** Announcements in the vendor console / auditor view (`/vendor/announcements`) and the partner portal. */
export class AnnouncementsPage {
  readonly navItem: Locator;
  readonly unreadBadge: Locator;
  /** Vendor console and auditor view. */
  readonly root: Locator;
  readonly rows: Locator;
  readonly publishButton: Locator;
  readonly form: Locator;
  readonly preview: Locator;
  readonly detail: Locator;
  readonly receipts: Locator;
  /** Partner portal. */
  readonly partnerRoot: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.navItem = page.getByTestId('nav-announcements');
    this.unreadBadge = page.getByTestId('unread-announcements-badge');
    this.root = page.getByTestId('announcements-page');
    this.rows = page.getByTestId('announcement-row');
    this.publishButton = page.getByTestId('announcements-publish');
    this.form = page.getByTestId('publish-announcement-form');
    this.preview = page.getByTestId('publish-announcement-preview');
    this.detail = page.getByTestId('announcement-detail');
    this.receipts = page.getByTestId('announcement-receipt');
    this.partnerRoot = page.getByTestId('partner-announcements-page');
    this.cards = page.getByTestId('partner-announcement');
  }

  async open(): Promise<void> {
    await this.navItem.click();
    await expect(this.page).toHaveURL(/\/announcements$/);
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** Fills the publish dialog (audience: all partners) and waits until it closes. */
  async publish(announcement: NewAnnouncement, beforeSubmit?: () => Promise<void>): Promise<void> {
    await this.publishButton.click();
    await expect(this.form).toBeVisible();
    await this.page.getByTestId('publish-announcement-title').fill(announcement.title);
    await this.page.getByTestId('publish-announcement-body').fill(announcement.body);
    if (beforeSubmit) await beforeSubmit();
    await this.page.getByTestId('publish-announcement-submit').click();
    await expectClosed(this.form, 'the publish dialog should close after publishing');
  }

  /** Opens an announcement's detail drawer from the list. */
  async openDetail(title: string): Promise<void> {
    await this.row(title).getByTestId('announcement-open').click();
    await expect(this.detail).toBeVisible();
  }
}
