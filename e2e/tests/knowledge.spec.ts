import type { Browser, Page } from '@playwright/test';
import { AppShell } from '../pom/AppShell';
import { EscalationInboxPage } from '../pom/EscalationPages';
import { ArticleSuggestions, DeflectionStats, KnowledgeAdminPage, KnowledgeBasePage } from '../pom/KnowledgePages';
import { ProjectBoardPage, ProjectPage } from '../pom/ProjectPages';
import { SignInPage } from '../pom/SignInPage';
import { USERS, type DemoUser } from '../support/demo';
import { expect, test } from '../support/fixtures';
import type { Lang } from '../support/i18n';

async function signedIn(browser: Browser, user: DemoUser, lang: Lang): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signInAs(user);
  await new AppShell(page).language.choose(lang);
  return page;
}

async function deflected(page: Page): Promise<number> {
  const inbox = new EscalationInboxPage(page);
  await inbox.goto();
  return new DeflectionStats(page).count('deflected');
}

test.describe('knowledge base, end to end', () => {
  test('vendor staff publish an article; a partner finds it, sees it suggested while raising an escalation, reads it and leaves: the inbox counts one more deflected', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const stamp = `e2e${Date.now().toString(36)}`;
    const article = {
      kind: 'HOW_TO' as const,
      product: 'PAYROLL',
      tags: ['給与締め', stamp],
      titleJa: `E2E ${stamp} 給与締め前のチェックリスト`,
      bodyJa: `締め処理の前に **勤怠の確定** と **手当の登録** を確認します。\n\n- 勤怠締め\n- 手当の登録`,
      titleEn: `E2E ${stamp} Checklist before closing payroll`,
      bodyEn: `Before closing, confirm **attendance** and **allowances**.\n\n- Close attendance\n- Enter allowances`,
    };

    // 1. Vendor staff publish the article from the console.
    const staff = await signedIn(browser, USERS.vendorStaff, 'en');
    const before = await deflected(staff);
    const admin = new KnowledgeAdminPage(staff);
    await new AppShell(staff).goTo('knowledge');
    await expect(admin.root).toBeVisible();
    await admin.publishNew('en', article);
    await expect(admin.row(article.titleEn).getByTestId('article-status')).toBeVisible();
    await expect(admin.row(article.titleEn)).toHaveCount(1);

    // 2. A partner admin finds it by a Japanese word of its title (substring search) and reads it in Japanese.
    const partner = await signedIn(browser, USERS.sakuraAdmin, 'ja');
    await new AppShell(partner).goTo('knowledge');
    const kb = new KnowledgeBasePage(partner);
    await kb.expectLoaded();
    await kb.search.fill(`${stamp} 給与締め`);
    await expect(kb.result(article.titleJa)).toHaveCount(1);
    await expect(kb.result(article.titleJa).locator('mark').first()).toBeVisible();
    await kb.open(article.titleJa);
    await expect(partner.getByTestId('article-body')).toContainText('勤怠の確定');

    // 3. On a project, the raise form suggests it as the subject is typed; the partner reads it and closes the form.
    await new AppShell(partner).goTo('projects');
    const board = new ProjectBoardPage(partner);
    await board.expectLoaded();
    await board.open(board.cards.first());
    const project = new ProjectPage(partner);
    await project.expectLoaded();
    await project.escalationRaise.click();
    await expect(project.raiseForm).toBeVisible();
    await partner.getByTestId('raise-subject').fill(`${stamp} 給与締めでエラーが出る`);
    const suggestions = new ArticleSuggestions(partner);
    await expect(suggestions.item(article.titleJa)).toBeVisible();
    await expect(suggestions.items.first()).toContainText(article.titleJa);
    await suggestions.open(article.titleJa);
    await partner
      .getByRole('dialog')
      .getByRole('button', { name: /キャンセル|Cancel/ })
      .click();
    await expect(project.raiseForm).toHaveCount(0);

    // 4. The vendor's inbox counts one more deflected escalation.
    await expect.poll(() => deflected(staff), { message: 'deflected should grow by one' }).toBe(before + 1);
  });
});
