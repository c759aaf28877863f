import { expect, type Locator, type Page } from '@playwright/test';
import { LANGUAGE_NAMES, type Lang } from '../support/i18n';

/** The ja/en segmented control (on the sign-in page and in the app header). */
export class LanguageSwitcher {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('language-switcher');
  }

  async choose(lang: Lang): Promise<void> {
    await this.root.getByText(LANGUAGE_NAMES[lang], { exact: true }).click();
    await expect(this.root.getByRole('radio', { name: LANGUAGE_NAMES[lang] })).toBeChecked();
  }

  async expectSelected(lang: Lang): Promise<void> {
    await expect(this.root.getByRole('radio', { name: LANGUAGE_NAMES[lang] })).toBeChecked();
  }
}
