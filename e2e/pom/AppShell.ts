import { expect, type Locator, type Page } from '@playwright/test';
import type { Experience } from '../support/demo';
import { LanguageSwitcher } from './LanguageSwitcher';

export type NavName =
  | 'home'
  | 'partners'
  | 'applications'
  | 'customers'
  | 'assignments'
  | 'projects'
  | 'escalations'
  | 'meetings'
  | 'knowledge'
  | 'usage'
  | 'firm'
  | 'tier'
  | 'consultants'
  | 'capacity'
  | 'training'
  | 'tiers'
  | 'reviews'
  | 'statements'
  | 'users'
  | 'announcements'
  | 'audit-log'
  | 'profile';
export const ALL_NAV: readonly NavName[] = [
  'home',
  'partners',
  'applications',
  'customers',
  'assignments',
  'projects',
  'escalations',
  'meetings',
  'knowledge',
  'usage',
  'firm',
  'tier',
  'consultants',
  'capacity',
  'training',
  'tiers',
  'reviews',
  'statements',
  'users',
  'announcements',
  'audit-log',
  'profile',
];

/** Header, navigation and user menu around every signed-in page. */
export class AppShell {
  readonly userMenu: Locator;
  readonly signOutItem: Locator;
  readonly homeHeading: Locator;
  readonly homeRole: Locator;
  readonly language: LanguageSwitcher;

  constructor(readonly page: Page) {
    this.userMenu = page.getByTestId('user-menu');
    this.signOutItem = page.getByTestId('sign-out');
    this.homeHeading = page.getByTestId('home-heading');
    this.homeRole = page.getByTestId('home-role');
    this.language = new LanguageSwitcher(page);
  }

  nav(name: NavName): Locator {
    return this.page.getByTestId(`nav-${name}`);
  }

  home(experience: Experience): Locator {
    return this.page.getByTestId(`home-${experience}`);
  }

  async expectHome(experience: Experience): Promise<void> {
    await expect(this.page).toHaveURL(new RegExp(`/${experience}/?$`));
    await expect(this.home(experience)).toBeVisible();
  }

  /** Exactly these navigation items, in this order. */
  async expectNavigation(names: readonly NavName[]): Promise<void> {
    await expect(this.nav('home')).toBeVisible();
    const shown = await this.page
      .locator('[data-testid^="nav-"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('nav-'.length)));
    expect(shown).toEqual([...names]);
  }

  async goTo(name: NavName): Promise<void> {
    await this.nav(name).click();
  }

  /** Signs out through the user menu, which no toast may cover (even right after a save). */
  async signOut(): Promise<void> {
    await expect(this.userMenu).toBeVisible();
    expect(await toastOver(this.userMenu), 'a toast covers the user menu').toBeNull();
    await this.userMenu.click();
    await this.signOutItem.click();
    await expect(this.page).toHaveURL(/\/sign-in$/);
  }
}

/**
 * The toast over the middle of the element, if any: a click there would land on the toast. Read
 * at once, not polled, so a toast that covers the element for its few seconds fails the test.
 */
function toastOver(target: Locator): Promise<string | null> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const toast = hit && !el.contains(hit) ? hit.closest('.mantine-Notification-root') : null;
    return toast ? (toast.textContent ?? '') : null;
  });
}
