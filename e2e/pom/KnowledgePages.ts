import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Lang } from '../support/i18n';
import { expectClosed } from './dialogs';

export type ArticleKind = 'HOW_TO' | 'FAQ' | 'KNOWN_ISSUE';
export interface ArticleDraft {
  kind: ArticleKind;
  product: string;
  tags: string[];
  titleJa: string;
  bodyJa: string;
  titleEn: string;
  bodyEn: string;
}

/** Picks an option of a Mantine Select by its label. */
async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(select).toHaveValue(label);
}

/** The console's knowledge base (`/vendor/knowledge`): the article table and the editor. */
export class KnowledgeAdminPage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('knowledge-admin');
    this.rows = page.getByTestId('article-row');
    this.form = page.getByTestId('article-form');
  }

  async goto(): Promise<void> {
    await this.page.goto('/vendor/knowledge');
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('article-table')).toHaveAttribute('aria-busy', 'false');
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('article-open').getByText(title, { exact: true }) });
  }

  /** Writes a new article in both languages and publishes it; waits for the dialog to close. */
  async publishNew(lang: Lang, a: ArticleDraft): Promise<void> {
    await this.page.getByTestId('article-new').click();
    await expect(this.form).toBeVisible();
    await pick(this.page, this.page.getByTestId('article-kind-select'), t(lang, `knowledge.kind.${a.kind}`));
    await pick(this.page, this.page.getByTestId('article-product-select'), t(lang, `vocab.productModule.${a.product}`));
    const tags = this.page.getByTestId('article-tags');
    for (const tag of a.tags) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
    await this.page.getByTestId('article-tab-ja').click();
    await this.page.getByTestId('article-title-ja').fill(a.titleJa);
    await this.page.getByTestId('article-body-ja').fill(a.bodyJa);
    await this.page.getByTestId('article-tab-en').click();
    await this.page.getByTestId('article-title-en').fill(a.titleEn);
    await this.page.getByTestId('article-body-en').fill(a.bodyEn);
    await this.page.getByTestId('article-tab-preview').click();
    await expect(this.page.getByTestId('article-preview')).toContainText(a.titleJa);
    await this.page.getByTestId('article-publish').click();
    await expectClosed(this.form, 'the article editor should close after publishing');
  }
}

/** The partner portal's knowledge base (`/partner/knowledge`) and an article page. */
export class KnowledgeBasePage {
  readonly root: Locator;
  readonly search: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('knowledge-base');
    this.search = page.getByTestId('knowledge-search');
    this.results = page.getByTestId('article-result');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('article-count')).toBeVisible();
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.getByTestId('article-result-link').getByText(title) });
  }

  /** Opens a result's article page and waits for its title. */
  async open(title: string): Promise<void> {
    await this.result(title).getByTestId('article-result-link').click();
    await expect(this.page).toHaveURL(/\/partner\/knowledge\/[0-9a-f-]{36}$/);
    await expect(this.page.getByTestId('article-title')).toHaveText(title);
  }
}

/** The suggestions above the raise-escalation form. */
export class ArticleSuggestions {
  readonly root: Locator;
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('article-suggestions');
    this.items = this.root.getByTestId('article-suggestion');
  }

  item(title: string): Locator {
    return this.items.filter({ hasText: title });
  }

  /** Reads a suggested article in place. */
  async open(title: string): Promise<void> {
    await this.item(title).getByTestId('article-suggestion-open').click();
    await expect(this.item(title).getByTestId('article-view')).toBeVisible();
  }
}

/** The knowledge figures in the vendor's escalation inbox. */
export class DeflectionStats {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('deflection-stats');
  }

  async count(name: 'started' | 'deflected'): Promise<number> {
    await expect(this.root).toHaveAttribute(`data-${name}`, /^\d+$/);
    return Number(await this.root.getAttribute(`data-${name}`));
  }
}
