import { test as base, expect } from '@playwright/test';
import { AppShell } from '../pom/AppShell';
import { AuditLogPage } from '../pom/AuditLogPage';
import { PartnerPage } from '../pom/PartnerPage';
import { PartnersPage } from '../pom/PartnersPage';
import { SignInPage } from '../pom/SignInPage';
import { UsersPage } from '../pom/UsersPage';

/** Page objects as fixtures; every test starts in a fresh browser context (no session, no stored language). */
export const test = base.extend<{
  signInPage: SignInPage;
  shell: AppShell;
  usersPage: UsersPage;
  auditLogPage: AuditLogPage;
  partnersPage: PartnersPage;
  partnerPage: PartnerPage;
}>({
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  shell: async ({ page }, use) => use(new AppShell(page)),
  usersPage: async ({ page }, use) => use(new UsersPage(page)),
  auditLogPage: async ({ page }, use) => use(new AuditLogPage(page)),
  partnersPage: async ({ page }, use) => use(new PartnersPage(page)),
  partnerPage: async ({ page }, use) => use(new PartnerPage(page)),
});

export { expect };
