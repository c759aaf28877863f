import type { Page } from '@playwright/test';
import { DEMO_DATA_TEXTS, FIRMS, USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { LANGUAGE_NAMES } from '../support/i18n';
import { unwrappedTexts } from '../support/pseudo';

/** User data and names that are not UI text. */
const ALLOWED = ['Baton', LANGUAGE_NAMES.ja, LANGUAGE_NAMES.en, ...DEMO_DATA_TEXTS];
/** Dates as Intl formats them for the pseudo-locale (en-XA, i.e. English): "Nov 23, 2026, 2:40 PM". */
const DATE_TIME = /^[A-Z][a-z]{2} \d{1,2}, \d{4}(, \d{1,2}:\d{2}\s?[AP]M)?$/;
/** Data other specs create, marked as theirs: "E2E …" names and "e2e-…" addresses. */
const E2E_DATA = [/\bE2E\b/, /^e2e-\S+@\S+$/];
/** Customer data: CRM ids and month labels as Intl formats them ("Nov 2026", "November 2026"). */
const CUSTOMER_DATA = [/^(CRM|E2E)-[\w-]+( · ⟦[^⟧]+⟧)*$/, /^[A-Z][a-z]{2,8} \d{4}$/];
/** The import file's column names are a file format, the same in every language. */
const IMPORT_COLUMNS = [
  'external_id',
  'company_name',
  'industry',
  'employee_band',
  'prefecture',
  'products',
  'contract_date',
  'segment',
];

/** Company names shown on the page are customer data, not UI text (read from the rows' data attributes). */
async function companiesOn(page: Page): Promise<string[]> {
  return page
    .locator('[data-company], [data-customer]')
    .evaluateAll((els) =>
      els.flatMap((e) => [e.getAttribute('data-company') ?? '', e.getAttribute('data-customer') ?? '']).filter(Boolean),
    );
}

/** Phase names come from the onboarding template (program data, written by vendor admins). */
async function phaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ onboardingTemplate { phases { nameEn nameJa } } }' }),
    });
    const body = (await res.json()) as {
      data: { onboardingTemplate: { phases: { nameEn: string; nameJa: string }[] } };
    };
    return body.data.onboardingTemplate.phases.flatMap((p) => [p.nameEn, p.nameJa]);
  });
}

/** What people wrote on a project (summaries, work notes, issues, timeline details, escalation subjects, survey answers). */
async function projectTexts(page: Page, id: string): Promise<string[]> {
  return page.evaluate(async (projectId) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($id: ID!) { onboardingProject(id: $id) {
          phases { nameEn nameJa summary } workLogs { notes } issues { title note }
          timeline { detail } escalations { subject } surveys { worries evaluation } } }`,
        variables: { id: projectId },
      }),
    });
    const { data } = (await res.json()) as { data: { onboardingProject: Record<string, Record<string, unknown>[]> } };
    return Object.values(data.onboardingProject)
      .flatMap((rows) => rows.flatMap((row) => Object.values(row)))
      .filter((v): v is string => typeof v === 'string' && v !== '');
  }, id);
}

/** Template names (program data) as the editor and its history show them. */
async function templateTexts(page: Page): Promise<string[]> {
  const names = await page.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ onboardingTemplates { name } }' }),
    });
    const body = (await res.json()) as { data: { onboardingTemplates: { name: string }[] } };
    return body.data.onboardingTemplates.map((t) => t.name);
  });
  return [...(await phaseNames(page)), ...names];
}

/** The tiers' names (program data, written by vendor admins). */
async function tierNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tierDefinitions { nameEn nameJa } }' }),
    });
    const body = (await res.json()) as { data: { tierDefinitions: { nameEn: string; nameJa: string }[] } };
    return body.data.tierDefinitions.flatMap((d) => [d.nameEn, d.nameJa]);
  });
}

/** Article titles, bodies, snippets and tags shown on the page are program data (marked `data-article-text`). */
async function articleTextsOn(page: Page): Promise<string[]> {
  return page.locator('[data-article-text]').evaluateAll((els) =>
    els.flatMap((el) => {
      const texts: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) texts.push(text);
      }
      return texts;
    }),
  );
}

/** Visible texts and accessible names (aria-label / placeholder / title) all wrapped, on the page as it stands. */
async function expectAllWrapped(page: Page, where: string, data: string[] = []) {
  for (const what of ['text', 'attributes'] as const) {
    const found = await unwrappedTexts(page, [...ALLOWED, ...data], [DATE_TIME, ...E2E_DATA, ...CUSTOMER_DATA], what);
    const label = what === 'text' ? 'visible texts' : 'accessible names (aria-label / placeholder / title)';
    expect(found, `hard-coded (untranslated) ${label} on ${where}`).toEqual([]);
  }
}

async function usePseudoLocale(page: Page) {
  await page.goto('/sign-in');
  await page.evaluate(() => localStorage.setItem('baton.lang', 'pseudo'));
  await page.reload();
}

// Each page is loaded once and checked for both visible texts and accessible names.
test.describe('pseudo-locale: no hard-coded visible texts or accessible names', () => {
  test.beforeEach(async ({ page }) => usePseudoLocale(page));

  test('sign-in page', async ({ page, signInPage }) => {
    await expect(signInPage.submit).toHaveText(/^⟦.+⟧$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expectAllWrapped(page, 'the sign-in page');
  });

  test('vendor home and users page', async ({ page, signInPage, shell, usersPage }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.expectHome('vendor');
    await expect(shell.homeHeading).toHaveText(/^⟦.+⟧$/);
    await expect(page.getByTestId('kpi-totals')).toBeVisible();
    await expect(page.getByTestId('kpi-activation-table-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the vendor home (dashboard)');
    await page.getByTestId('kpi-total-activation').click();
    await expect(page.getByTestId('kpi-evidence-table-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the rows behind a figure', await companiesOn(page));
    await page.keyboard.press('Escape');

    await shell.goTo('users');
    await usersPage.expectLoaded();
    await expectAllWrapped(page, 'the users page');

    await usersPage.createButton.click();
    await expect(usersPage.form).toBeVisible();
    await expectAllWrapped(page, 'the new-user dialog');
  });

  test('partner directory and partner page', async ({ page, signInPage, shell, partnersPage, partnerPage }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.goTo('partners');
    await partnersPage.expectLoaded();
    await expectAllWrapped(page, 'the partner directory');

    await partnersPage.open(FIRMS.sakura);
    await partnerPage.expectLoaded(FIRMS.sakura);
    await expectAllWrapped(page, 'the partner page');
    await partnerPage.tab('capacity');
    await expect(page.getByTestId('capacity-summary-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the capacity tab of the partner page');

    await page.getByTestId('capacity-offer').click();
    await expect(page.getByTestId('capacity-offer-form')).toBeVisible();
    await expectAllWrapped(page, 'the offer-slots dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('capacity-offer-form')).toHaveCount(0);

    await partnerPage.changeStatusButton.click();
    await expect(partnerPage.statusForm).toBeVisible();
    await expectAllWrapped(page, 'the change-status dialog');
  });

  test('customers, a customer page, assignments, auto-assignment and the capacity calendar', async ({
    page,
    signInPage,
    shell,
  }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.goTo('customers');
    await expect(page.getByTestId('customer-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the customer queue', await companiesOn(page));

    const first = page.getByTestId('customer-row').first();
    const company = (await first.getAttribute('data-company')) ?? '';
    await first.getByTestId('customer-link').click();
    await expect(page.getByTestId('recommendation-row').first()).toBeVisible();
    await expectAllWrapped(page, 'a customer page with recommendations', [company]);

    await page.goto('/vendor/customers/import');
    await expect(page.getByTestId('customer-import-page')).toBeVisible();
    await expectAllWrapped(page, 'the import page', IMPORT_COLUMNS);

    await shell.goTo('assignments');
    await expect(page.getByTestId('assignment-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the assignment list', await companiesOn(page));
    await page.getByTestId('assignments-tab-settings').click();
    await expect(page.getByTestId('settings-form')).toBeVisible();
    await expectAllWrapped(page, 'the assignment settings');

    await page.goto('/vendor/assignments/auto');
    await expect(page.getByTestId('auto-page')).toBeVisible();
    await page.getByTestId('auto-compute').click();
    await expect(page.getByTestId('proposal-row').first()).toBeVisible();
    await expectAllWrapped(page, 'an auto-assignment proposal', await companiesOn(page));

    await shell.goTo('capacity');
    await expect(page.getByTestId('calendar-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the capacity calendar');
  });

  test('the partner portal’s assignments', async ({ page, signInPage, shell }) => {
    await signInPage.signInAs(USERS.aozoraAdmin);
    await shell.goTo('assignments');
    await expect(page.getByTestId('partner-assignments-page')).toBeVisible();
    await expectAllWrapped(page, 'the partner assignments page', await companiesOn(page));
  });

  test('onboarding: projects, a project page, the template, escalations and meetings', async ({
    page,
    signInPage,
    shell,
  }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.goTo('projects');
    await expect(page.getByTestId('project-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the project list', await companiesOn(page));
    const first = page.getByTestId('project-row').first();
    const company = (await first.getAttribute('data-company')) ?? '';
    await first.getByTestId('project-row-open').click();
    await expect(page.getByTestId('project-phase').first()).toBeVisible();
    const projectId = page.url().split('/').at(-1)!;
    await expectAllWrapped(page, 'a project page', [company, ...(await projectTexts(page, projectId))]);

    await page.goto('/vendor/projects/template');
    await expect(page.getByTestId('template-phase-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the template editor', await templateTexts(page));

    await shell.goTo('escalations');
    await expect(page.getByTestId('escalation-inbox')).toBeVisible();
    await expectAllWrapped(page, 'the escalation inbox');

    await shell.goTo('meetings');
    await expect(page.getByTestId('meetings-page')).toBeVisible();
    await expectAllWrapped(page, 'the meetings page');
  });

  test('the usage page', async ({ page, signInPage, shell }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.goTo('usage');
    await expect(page.getByTestId('usage-page')).toBeVisible();
    await expect(page.getByTestId('outreach-row').first()).toBeVisible();
    await expect(page.getByTestId('integration-keys')).toBeVisible();
    await expectAllWrapped(page, 'the usage page', [
      ...(await companiesOn(page)),
      ...Object.values(FIRMS),
      'external_id',
      'date',
      'utilization',
    ]);
  });

  test('the knowledge base: console, editor, partner search, an article and suggestions in the raise form', async ({
    page,
    signInPage,
    shell,
  }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    await shell.goTo('knowledge');
    await expect(page.getByTestId('article-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the console knowledge base', await articleTextsOn(page));
    await page.getByTestId('article-open').first().click();
    await expect(page.getByTestId('article-form')).toBeVisible();
    await expectAllWrapped(page, 'the article editor', await articleTextsOn(page));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('article-form')).toHaveCount(0);
    await shell.signOut();
    await signInPage.signInAs(USERS.sakuraAdmin);
    await shell.goTo('knowledge');
    await page.getByTestId('knowledge-search').fill('年末調整');
    await expect(page.getByTestId('article-result').first()).toBeVisible();
    await expectAllWrapped(page, 'the partner knowledge base', await articleTextsOn(page));
    // The typed search reaches the URL after a pause; opening a result before that would be undone by it.
    await expect(page).toHaveURL(/[?&]q=/);
    await page.getByTestId('article-result-link').first().click();
    await expect(page.getByTestId('article-body')).toBeVisible();
    await expectAllWrapped(page, 'an article page', await articleTextsOn(page));
    await shell.goTo('projects');
    const card = page.getByTestId('board-card').first();
    const company = (await card.getAttribute('data-company')) ?? '';
    await card.getByTestId('board-card-link').click();
    await expect(page).toHaveURL(/\/partner\/projects\/[0-9a-f-]{36}$/);
    const projectId = page.url().split('/').at(-1)!;
    await page.getByTestId('escalation-raise').click();
    await page.getByTestId('raise-subject').fill('年末調整の計算');
    await expect(page.getByTestId('article-suggestion').first()).toBeVisible();
    await page.getByTestId('article-suggestion-open').first().click();
    await expect(page.getByTestId('article-suggestion').first().getByTestId('article-view')).toBeVisible();
    await expectAllWrapped(page, 'the raise form with suggestions', [
      ...(await articleTextsOn(page)),
      company,
      ...(await projectTexts(page, projectId)),
    ]);
  });
  test('the partner’s scorecard', async ({ page, signInPage, shell }) => {
    await signInPage.signInAs(USERS.sakuraAdmin);
    await shell.expectHome('partner');
    await expect(page.getByTestId('kpi-scorecard').getByTestId('kpi-totals')).toBeVisible();
    await expect(page.getByTestId('kpi-on-time-table-row').first()).toBeVisible();
    await expectAllWrapped(page, 'the partner home (scorecard)');
  });

  test('the partner’s project board', async ({ page, signInPage, shell }) => {
    await signInPage.signInAs(USERS.sakuraAdmin);
    await shell.goTo('projects');
    await expect(page.getByTestId('board-card').first()).toBeVisible();
    await expectAllWrapped(page, 'the project board', [...(await companiesOn(page)), ...(await phaseNames(page))]);
  });

  test('tiers and statements: the vendor’s tier page, reviews and statements; the partner’s tier and statement', async ({
    page,
    signInPage,
    shell,
  }) => {
    await signInPage.signInAs(USERS.vendorAdmin);
    const names = await tierNames(page);
    await page.goto('/vendor/tiers');
    await expect(page.getByTestId('tier-row-5')).toBeVisible();
    await expectAllWrapped(page, 'the vendor’s tier page', names);
    await page.goto('/vendor/reviews');
    await expect(page.getByTestId('tier-reviews-page')).toBeVisible();
    await expectAllWrapped(page, 'the reviews list');
    await page.goto('/vendor/statements');
    await expect(page.getByTestId('statements-table')).toBeVisible();
    await expectAllWrapped(page, 'the statements', Object.values(FIRMS));
    await shell.signOut();
    await signInPage.signInAs(USERS.sakuraAdmin);
    await page.goto('/partner/tier');
    await expect(page.getByTestId('tier-evidence')).toBeVisible();
    await expectAllWrapped(page, 'the partner’s tier page', names);
    await page.goto('/partner/statements');
    await expect(page.getByTestId('partner-statement-page')).toBeVisible();
    await expectAllWrapped(page, 'the partner’s statement');
  });
});

test('pseudo-locale detector: reports a hard-coded text and accessible name (self-check)', async ({
  page,
  signInPage,
}) => {
  await usePseudoLocale(page);
  await expect(signInPage.submit).toBeVisible();
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Hard-coded text';
    p.setAttribute('aria-label', 'Hard-coded label');
    document.body.prepend(p);
  });
  expect(await unwrappedTexts(page, ALLOWED, [DATE_TIME], 'text')).toContainEqual(
    expect.objectContaining({ text: 'Hard-coded text' }),
  );
  expect(await unwrappedTexts(page, ALLOWED, [DATE_TIME], 'attributes')).toContainEqual(
    expect.objectContaining({ text: 'Hard-coded label', source: 'aria-label' }),
  );
});
