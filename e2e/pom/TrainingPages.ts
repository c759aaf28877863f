import { expect, type Locator, type Page } from '@playwright/test';
import { expectClosed } from './dialogs';

/** Picks an option of a Mantine Select by its label. */
async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

/** The consultants list (`/partner/consultants`, or the "Consultants" tab of a partner's page). */
export class ConsultantsPanel {
  readonly root: Locator;
  readonly rows: Locator;
  readonly inviteButton: Locator;
  readonly inviteForm: Locator;
  readonly inviteDone: Locator;
  readonly inviteLink: Locator;
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('consultants-panel');
    this.rows = page.getByTestId('consultant-row');
    this.inviteButton = page.getByTestId('consultants-invite');
    this.inviteForm = page.getByTestId('invite-consultant-form');
    this.inviteDone = page.getByTestId('invite-consultant-done');
    this.inviteLink = page.getByTestId('invite-consultant-link');
    this.search = page.getByTestId('consultants-search');
  }

  row(email: string): Locator {
    return this.page.locator(`[data-testid="consultant-row"][data-email="${email}"]`);
  }

  /** Invites a consultant and answers the invitation link shown to copy (the dialog stays open). */
  async invite(email: string, name: string): Promise<string> {
    await this.inviteButton.click();
    await expect(this.inviteForm).toBeVisible();
    await this.page.getByTestId('invite-consultant-email').fill(email);
    await this.page.getByTestId('invite-consultant-name').fill(name);
    await this.page.getByTestId('invite-consultant-submit').click();
    await expect(this.inviteDone).toBeVisible();
    const url = await this.inviteLink.inputValue();
    expect(url).toMatch(/^https?:\/\/[^/]+\/invitation\/\S+$/);
    return url;
  }

  async closeInvite(): Promise<void> {
    await this.page.getByTestId('invite-consultant-close').click();
    await expect(this.inviteDone).toHaveCount(0);
  }
}

/** The consultant × module matrix (partner portal "Training", or the partner page's "Training" tab). */
export class TrainingMatrix {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('training-matrix');
  }

  row(email: string): Locator {
    return this.page.locator(`[data-testid="matrix-row"][data-email="${email}"]`);
  }

  cell(email: string, moduleTitle: string): Locator {
    return this.row(email).locator(`[data-testid="matrix-cell"][data-module="${moduleTitle}"]`);
  }

  /** Shows only the modules of one product area (picked by its label). */
  async filterArea(areaLabel: string): Promise<void> {
    await pick(this.page, this.page.getByTestId('matrix-area-filter'), areaLabel);
  }

  /** The modules (title and kind) of a consultant's row, in column order. */
  async modulesOf(email: string): Promise<{ title: string; kind: string }[]> {
    await expect(this.row(email)).toBeVisible();
    return this.row(email)
      .getByTestId('matrix-cell')
      .evaluateAll((cells) =>
        cells.map((c) => ({ title: c.getAttribute('data-module') ?? '', kind: c.getAttribute('data-kind') ?? '' })),
      );
  }

  /** Records progress through the cell's dialog (status picked by its label). */
  async record(
    email: string,
    moduleTitle: string,
    statusLabel: string,
    opts: { date?: string; score?: number } = {},
  ): Promise<void> {
    await this.cell(email, moduleTitle).getByTestId('matrix-cell-button').click();
    const form = this.page.getByTestId('record-training-form');
    await expect(form).toBeVisible();
    await pick(this.page, this.page.getByTestId('record-training-status'), statusLabel);
    if (opts.date) await this.page.getByTestId('record-training-date').fill(opts.date);
    if (opts.score !== undefined) await this.page.getByTestId('record-training-score').fill(String(opts.score));
    await this.page.getByTestId('record-training-submit').click();
    await expectClosed(form, 'the record-training dialog should close after saving');
  }

  /** Vendor staff: confirms an awaiting role-play/OJT as passed (or failed). */
  async confirm(email: string, moduleTitle: string, passed = true): Promise<void> {
    await this.cell(email, moduleTitle).getByTestId('matrix-cell-button').click();
    const form = this.page.getByTestId('confirm-result-form');
    await expect(form).toBeVisible();
    await this.page.getByTestId(passed ? 'confirm-result-passed' : 'confirm-result-failed').click();
    await expectClosed(form, 'the confirm dialog should close after confirming');
  }

  /** Vendor staff: opens "Certify" for a consultant, picks the product area and submits. */
  async certify(email: string, areaLabel: string): Promise<Locator> {
    await this.row(email).getByTestId('matrix-certify').click();
    const form = this.page.getByTestId('certify-form');
    await expect(form).toBeVisible();
    const area = this.page.getByTestId('certify-area');
    if ((await area.inputValue()) !== areaLabel) await pick(this.page, area, areaLabel);
    await this.page.getByTestId('certify-submit').click();
    return form;
  }
}

/** The vendor console's training catalog (`/vendor/training?tab=catalog`). */
export class TrainingCatalog {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('catalog-panel');
  }

  curriculum(areaCode: string): Locator {
    return this.page.locator(`[data-testid="curriculum"][data-area="${areaCode}"]`);
  }

  module(areaCode: string, title: string): Locator {
    return this.curriculum(areaCode).locator(`[data-testid="module-row"][data-title="${title}"]`);
  }

  async goto(): Promise<void> {
    await this.page.goto('/vendor/training?tab=catalog');
    await expect(this.root).toBeVisible();
  }

  async createCurriculum(areaLabel: string, name: string): Promise<void> {
    await this.page.getByTestId('catalog-create-curriculum').click();
    const form = this.page.getByTestId('curriculum-form');
    await expect(form).toBeVisible();
    await pick(this.page, this.page.getByTestId('curriculum-form-area'), areaLabel);
    await this.page.getByTestId('curriculum-form-name').fill(name);
    await this.page.getByTestId('curriculum-form-submit').click();
    await expectClosed(form, 'the curriculum dialog should close after saving');
  }

  async addModule(areaCode: string, module: { kindLabel: string; title: string; passCriteria: string }): Promise<void> {
    await this.curriculum(areaCode).getByTestId('curriculum-add-module').click();
    const form = this.page.getByTestId('module-form');
    await expect(form).toBeVisible();
    await pick(this.page, this.page.getByTestId('module-form-kind'), module.kindLabel);
    await this.page.getByTestId('module-form-title').fill(module.title);
    await this.page.getByTestId('module-form-criteria').fill(module.passCriteria);
    await this.page.getByTestId('module-form-submit').click();
    await expectClosed(form, 'the module dialog should close after saving');
  }
}
