import { AnnouncementsPage } from '../pom/AnnouncementsPage';
import { FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

test.describe('announcements', () => {
  test('vendor staff publishes to all partners; the sakura partner admin reads the rendered Markdown and acknowledges; staff sees the read receipt', async ({
    page,
    signInPage,
    shell,
  }) => {
    const announcements = new AnnouncementsPage(page);
    const staff = USERS.vendorStaff;
    const partner = USERS.sakuraAdmin;
    // One browser throughout: the language chosen at the staff's sign-in stays across sign-ins.
    const lang = staff.locale;
    const stamp = Date.now().toString(36);
    const title = `E2E product update ${stamp}`;
    const bold = `payroll closes earlier ${stamp}`;
    const body = `From next month **${bold}**.\n\n- Check your [release notes](https://example.com/notes)\n- <script>window.__xss = 1</script>`;

    // Vendor staff publishes, with a live Markdown preview.
    await signInPage.goto();
    await signInPage.signInAs(staff);
    await announcements.open();
    await expect(announcements.root).toBeVisible();
    await announcements.publish({ title, body }, async () => {
      await expect(announcements.preview.locator('strong')).toHaveText(bold);
      await expect(announcements.preview.locator('script')).toHaveCount(0);
    });
    await expect(page.getByText(t(lang, 'announcements.notify.published', { title }))).toBeVisible();
    const row = announcements.row(title);
    await expect(row).toHaveCount(1);
    // Newest first.
    await expect(announcements.rows.first()).toContainText(title);
    await expect(row.getByTestId('announcement-audience')).toHaveText(t(lang, 'announcements.allPartners'));
    await expect(row.getByTestId('announcement-reads')).toHaveText(t(lang, 'announcements.readCount', { count: 0 }));
    await shell.signOut();

    // The partner admin sees it unread, with the bold text rendered (and no raw HTML), and acknowledges.
    await signInPage.signInAs(partner);
    await expect(announcements.unreadBadge).toBeVisible();
    await announcements.open();
    await expect(announcements.partnerRoot).toBeVisible();
    const card = announcements.card(title);
    await expect(card).toHaveAttribute('data-unread', 'true');
    await expect(card.getByTestId('partner-announcement-body').locator('strong')).toHaveText(bold);
    await expect(card.getByTestId('partner-announcement-body').locator('script')).toHaveCount(0);
    const link = card.getByRole('link', { name: 'release notes' });
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await card.getByTestId('partner-announcement-acknowledge').click();
    await expect(card.getByTestId('partner-announcement-acknowledged')).toHaveText(
      t(lang, 'announcements.acknowledged'),
    );
    await expect(card).toHaveAttribute('data-unread', 'false');
    await expect(card.getByTestId('partner-announcement-acknowledge')).toHaveCount(0);
    // Still acknowledged after a reload (stored, not only in the cache).
    await page.reload();
    await expect(announcements.card(title).getByTestId('partner-announcement-acknowledged')).toBeVisible();
    await shell.signOut();

    // Vendor staff sees who read it, from which firm.
    await signInPage.signInAs(staff);
    await announcements.open();
    await expect(announcements.row(title).getByTestId('announcement-reads')).toHaveText(
      t(lang, 'announcements.readCount', { count: 1 }),
    );
    await announcements.openDetail(title);
    await expect(announcements.detail.getByTestId('announcement-body').locator('strong')).toHaveText(bold);
    await expect(announcements.receipts).toHaveCount(1);
    await expect(announcements.receipts.first()).toContainText(partner.email);
    await expect(announcements.receipts.first()).toContainText(FIRMS.sakura);
  });
});

test.describe('announcements: validation and read-only access', () => {
  test('the publish form says what is missing and warns about re-certification; auditors read without publishing', async ({
    page,
    signInPage,
    shell,
  }) => {
    const announcements = new AnnouncementsPage(page);
    const staff = USERS.vendorStaff;
    const lang = staff.locale;

    await signInPage.goto();
    await signInPage.signInAs(staff);
    await announcements.open();
    await announcements.publishButton.click();
    await expect(announcements.form).toBeVisible();
    await page.getByTestId('publish-announcement-submit').click();
    await expect(announcements.form).toContainText(t(lang, 'validation.required'));
    await expect(announcements.form).toBeVisible();

    await page.getByTestId('publish-announcement-recertification').click();
    await page.getByRole('option', { name: t(lang, 'vocab.productModule.PAYROLL'), exact: true }).click();
    await expect(page.getByTestId('publish-announcement-recertification-warning')).toContainText(
      t(lang, 'vocab.productModule.PAYROLL'),
    );
    await page.keyboard.press('Escape');
    await expect(announcements.form).toHaveCount(0);
    await shell.signOut();

    await signInPage.signInAs(USERS.auditor);
    await announcements.open();
    await expect(page).toHaveURL(/\/auditor\/announcements$/);
    await expect(announcements.root).toBeVisible();
    await expect(announcements.publishButton).toHaveCount(0);
  });
});
