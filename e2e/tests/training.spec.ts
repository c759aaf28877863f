import { ConsultantsPanel, TrainingCatalog, TrainingMatrix } from '../pom/TrainingPages';
import { USERS } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { serverText, t } from '../support/i18n';

test.describe('consultants and the training catalog', () => {
  test('a partner admin invites a consultant, sees the link to pass on, and deactivates them', async ({
    page,
    signInPage,
    shell,
  }) => {
    const admin = USERS.sakuraAdmin;
    const lang = admin.locale;
    const stamp = Date.now().toString(36);
    const email = `e2e-new-${stamp}@sakura.example`;
    const name = `E2E 山田 ${stamp}`;
    const consultants = new ConsultantsPanel(page);

    await signInPage.goto();
    await signInPage.signInAs(admin);
    await expect(shell.nav('consultants')).toHaveText(t(lang, 'training.nav.consultants'));
    await shell.goTo('consultants');
    await expect(page).toHaveURL(/\/partner\/consultants$/);
    await expect(consultants.root).toBeVisible();

    // Bad input: empty fields get their messages and nothing is written.
    await consultants.inviteButton.click();
    await page.getByTestId('invite-consultant-submit').click();
    await expect(consultants.inviteForm).toContainText(t(lang, 'validation.email'));
    await expect(consultants.inviteForm).toContainText(t(lang, 'validation.required'));
    await page.getByRole('button', { name: t(lang, 'common.cancel') }).click();

    const link = await consultants.invite(email, name);
    expect(link).toContain('/invitation/');
    await expect(consultants.inviteDone).toContainText(t(lang, 'training.consultants.invite.linkIntro', { name }));
    await consultants.closeInvite();
    await expect(consultants.row(email)).toContainText(name);
    await expect(consultants.row(email).getByTestId('consultant-state')).toHaveText(
      t(lang, 'training.consultants.state.INVITED'),
    );

    // The same e-mail again is refused with the server's message on the field.
    await consultants.inviteButton.click();
    await page.getByTestId('invite-consultant-email').fill(email);
    await page.getByTestId('invite-consultant-name').fill(name);
    await page.getByTestId('invite-consultant-submit').click();
    await expect(consultants.inviteForm).toContainText(serverText(lang, 'error.consultantAlreadyExists', { email }));
    await page.getByRole('button', { name: t(lang, 'common.cancel') }).click();

    // Deactivate, after confirming.
    await consultants.row(email).getByTestId('consultant-toggle-active').click();
    await page.getByTestId('consultant-active-submit').click();
    await expect(consultants.row(email).getByTestId('consultant-state')).toHaveText(
      t(lang, 'training.consultants.state.DEACTIVATED'),
    );
  });

  test('a partner member has no Consultants page', async ({ page, signInPage, shell }) => {
    await signInPage.goto();
    await signInPage.signInAs(USERS.sakuraConsultant1);
    await expect(shell.nav('training')).toBeVisible();
    await expect(shell.nav('consultants')).toHaveCount(0);
    await page.goto('/partner/consultants');
    await expect(page.getByTestId('consultants-page')).toHaveCount(0);
  });

  test('the vendor admin creates a curriculum and a role-play module; vendor staff read the catalog', async ({
    page,
    signInPage,
    shell,
  }) => {
    const admin = USERS.vendorAdmin;
    const lang = admin.locale;
    const area = 'ATTENDANCE';
    const areaLabel = t(lang, `vocab.productModule.${area}`);
    const stamp = Date.now().toString(36);
    const title = `E2E ロールプレイ ${stamp}`;
    const catalog = new TrainingCatalog(page);

    await signInPage.goto();
    await signInPage.signInAs(admin);
    await expect(shell.nav('training')).toHaveText(t(lang, 'training.nav.training'));
    await shell.goTo('training');
    await expect(page.getByTestId('training-overview')).toBeVisible();
    await page.getByTestId('training-tab-catalog').click();
    await expect(page).toHaveURL(/\/vendor\/training\?tab=catalog$/);
    await expect(catalog.root).toBeVisible();

    if ((await catalog.curriculum(area).count()) === 0) {
      await catalog.createCurriculum(areaLabel, `E2E 勤怠カリキュラム ${stamp}`);
      await expect(
        page.getByText(t(lang, 'training.catalog.notify.curriculumSaved', { name: `E2E 勤怠カリキュラム ${stamp}` })),
      ).toBeVisible();
    }
    await expect(catalog.curriculum(area)).toBeVisible();

    // A module without pass criteria is refused before it is sent.
    await catalog.curriculum(area).getByTestId('curriculum-add-module').click();
    await page.getByTestId('module-form-submit').click();
    await expect(page.getByTestId('module-form')).toContainText(t(lang, 'validation.required'));
    await page.getByRole('button', { name: t(lang, 'common.cancel') }).click();

    await catalog.addModule(area, {
      kindLabel: t(lang, 'training.enums.TrainingModuleKind.ROLE_PLAY'),
      title,
      passCriteria: '顧客役の質問に 8 割以上正しく回答できる',
    });
    await expect(catalog.module(area, title)).toContainText(t(lang, 'training.enums.TrainingModuleKind.ROLE_PLAY'));
    await expect(catalog.module(area, title)).toContainText(t(lang, 'training.catalog.yes'));

    // The overview lists the new module.
    await page.getByTestId('training-tab-overview').click();
    await expect(page.getByTestId('overview-module').filter({ hasText: title })).toBeVisible();

    // Vendor staff see the catalog without the admin's buttons.
    await shell.signOut();
    const staff = USERS.vendorStaff;
    await signInPage.signInAs(staff);
    await catalog.goto();
    await expect(catalog.module(area, title)).toBeVisible();
    await expect(page.getByTestId('catalog-create-curriculum')).toHaveCount(0);
    await expect(page.getByTestId('curriculum-add-module')).toHaveCount(0);
  });

  test('vendor staff see a firm’s consultants and training on its partner page', async ({
    page,
    signInPage,
    partnersPage,
    shell,
  }) => {
    const staff = USERS.vendorStaff;
    await signInPage.goto();
    await signInPage.signInAs(staff);
    await shell.goTo('partners');
    await partnersPage.expectLoaded();
    await partnersPage.open('さくら税理士法人');
    await page.getByTestId('partner-tab-consultants').click();
    await expect(new ConsultantsPanel(page).root).toBeVisible();
    await page.getByTestId('partner-tab-training').click();
    await expect(new TrainingMatrix(page).root).toBeVisible();
  });
});
