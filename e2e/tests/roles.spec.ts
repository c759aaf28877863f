import { ALL_NAV, type NavName } from '../pom/AppShell';
import { experienceOf, FIRMS, USERS, type DemoUser, type Role } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { t } from '../support/i18n';

/** Navigation each role must see, in order (src: web/src/modules/shell/navigation.ts as specified). */
const NAVIGATION: Record<Role, readonly NavName[]> = {
  VENDOR_ADMIN: [
    'home',
    'partners',
    'applications',
    'customers',
    'assignments',
    'projects',
    'escalations',
    'knowledge',
    'meetings',
    'usage',
    'capacity',
    'training',
    'tiers',
    'reviews',
    'statements',
    'announcements',
    'users',
    'audit-log',
    'profile',
  ],
  VENDOR_STAFF: [
    'home',
    'partners',
    'applications',
    'customers',
    'assignments',
    'projects',
    'escalations',
    'knowledge',
    'meetings',
    'usage',
    'capacity',
    'training',
    'tiers',
    'reviews',
    'statements',
    'announcements',
    'profile',
  ],
  AUDITOR: ['home', 'reviews', 'partners', 'applications', 'announcements', 'statements', 'audit-log', 'profile'],
  PARTNER_ADMIN: [
    'home',
    'firm',
    'tier',
    'consultants',
    'capacity',
    'statements',
    'assignments',
    'projects',
    'meetings',
    'knowledge',
    'training',
    'announcements',
    'profile',
  ],
  PARTNER_MEMBER: ['home', 'firm', 'tier', 'capacity', 'projects', 'knowledge', 'training', 'announcements', 'profile'],
};

const CASES: [string, DemoUser][] = [
  ['vendor admin', USERS.vendorAdmin],
  ['vendor staff', USERS.vendorStaff],
  ['auditor', USERS.auditor],
  ['partner admin (sakura)', USERS.sakuraAdmin],
  ['partner member (sakura)', USERS.sakuraConsultant1],
  ['partner member of a second firm (midori)', USERS.midoriConsultant2],
  ['partner admin of a third firm (aozora)', USERS.aozoraAdmin],
];

test.describe('sign-in lands each role in its own experience', () => {
  for (const [label, user] of CASES) {
    test(`${label}: ${user.email}`, async ({ page, signInPage, shell }) => {
      const experience = experienceOf(user.role);
      // A fresh browser has no stored language: the user's own saved locale applies.
      const lang = user.locale;

      await signInPage.goto();
      await signInPage.signInAs(user);
      await shell.expectHome(experience);
      for (const other of (['vendor', 'partner', 'auditor'] as const).filter((e) => e !== experience)) {
        await expect(shell.home(other)).toHaveCount(0);
      }

      await expect(shell.homeHeading).toHaveText(t(lang, 'home.welcome', { name: user.displayName }));
      await expect(page.getByTestId('experience-badge')).toHaveText(t(lang, `experience.${experience}`));

      const expectedNav = NAVIGATION[user.role];
      await shell.expectNavigation(expectedNav);
      for (const name of ALL_NAV.filter((n) => !expectedNav.includes(n))) {
        await expect(shell.nav(name)).toHaveCount(0);
      }
      await expect(shell.nav('home')).toHaveText(t(lang, 'nav.home'));

      const role = t(lang, `enums.Role.${user.role}`);
      if (user.firm) {
        const firm = FIRMS[user.firm];
        await expect(shell.homeRole).toHaveText(t(lang, 'home.roleAtFirm', { role, firm }));
        // Never another firm's name, anywhere on the page.
        const body = page.locator('body');
        for (const [key, other] of Object.entries(FIRMS)) {
          if (key !== user.firm) await expect(body).not.toContainText(other);
        }
      } else {
        await expect(shell.homeRole).toHaveText(role);
      }

      // `/` sends a signed-in user to their own home; another experience's URL does too.
      await page.goto('/');
      await shell.expectHome(experience);
      const foreign = experience === 'vendor' ? '/partner' : '/vendor';
      await page.goto(foreign);
      await shell.expectHome(experience);
    });
  }
});
