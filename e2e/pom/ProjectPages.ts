import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Lang } from '../support/i18n';
import { expectClosed } from './dialogs';
import { EscalationConversation } from './EscalationPages';

const attr = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

export type WorkKind = 'REQUIREMENTS_ADVICE' | 'OPERATION_LECTURE' | 'ISSUE_RESOLUTION';
export type EscalationCategory = 'PRODUCT_QUESTION' | 'DEFECT' | 'DATA_PROBLEM' | 'OTHER';
export type SurveyStatus = 'WAITING' | 'ANSWERED' | 'EXPIRED';

/** Picks an option of a Mantine Select by its label. */
async function pick(page: Page, select: Locator, label: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: label, exact: true }).click();
  await expect(select).toHaveValue(label);
}

/** The partner portal's project board (`/partner/projects`): one column per phase, a card per project. */
export class ProjectBoardPage {
  readonly root: Locator;
  readonly columns: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('project-board');
    this.columns = page.getByTestId('board-column');
    this.cards = page.getByTestId('board-card');
  }

  /** Waits until the board has loaded its projects (columns shown, or the firm has none). */
  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/partner\/projects(\?|$)/);
    await expect(this.root).toBeVisible();
    await expect(this.page.getByTestId('board-columns').or(this.page.getByTestId('board-empty'))).toBeVisible();
    await expect(this.root).toHaveAttribute('data-loading', 'false');
  }

  card(company: string): Locator {
    return this.page.locator(`[data-testid="board-card"][data-company="${attr(company)}"]`);
  }

  /** The cards of the column of phase `position`. */
  cardsInPhase(position: number): Locator {
    return this.page.locator(`[data-testid="board-column"][data-position="${position}"] [data-testid="board-card"]`);
  }

  /** Opens a card's project page. */
  async open(card: Locator): Promise<void> {
    await card.getByTestId('board-card-link').click();
    await expect(this.page).toHaveURL(/\/partner\/projects\/[0-9a-f-]{36}$/);
  }
}

/** One onboarding project (`/partner/projects/:id`, `/vendor/projects/:id`). */
export class ProjectPage {
  readonly root: Locator;
  readonly customer: Locator;
  readonly phases: Locator;
  readonly completeForm: Locator;
  readonly workLogAdd: Locator;
  readonly workLogForm: Locator;
  readonly workLogRows: Locator;
  readonly escalationsPanel: Locator;
  readonly escalationRaise: Locator;
  readonly raiseForm: Locator;
  readonly escalationItems: Locator;
  readonly surveysPanel: Locator;
  readonly surveys: Locator;
  readonly conversation: EscalationConversation;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('project-page');
    this.customer = page.getByTestId('project-customer');
    this.phases = page.getByTestId('project-phase');
    this.completeForm = page.getByTestId('complete-form');
    this.workLogAdd = page.getByTestId('worklog-add');
    this.workLogForm = page.getByTestId('worklog-form');
    this.workLogRows = page.getByTestId('worklog-row');
    this.escalationsPanel = page.getByTestId('escalations-panel');
    this.escalationRaise = page.getByTestId('escalation-raise');
    this.raiseForm = page.getByTestId('raise-form');
    this.escalationItems = page.getByTestId('escalation-item');
    this.surveysPanel = page.getByTestId('surveys-panel');
    this.surveys = page.getByTestId('survey-item');
    this.conversation = new EscalationConversation(page);
  }

  /** Waits for the project (and its escalations and surveys panels) to be loaded. */
  async expectLoaded(company?: string): Promise<void> {
    await expect(this.root).toBeVisible();
    if (company !== undefined) await expect(this.customer).toHaveText(company);
    await expect(this.escalationsPanel).toBeVisible();
    await expect(this.surveysPanel).toHaveAttribute('data-count', /^\d+$/);
  }

  /** The project's id, from the page. */
  async id(): Promise<string> {
    const id = await this.root.getAttribute('data-id');
    if (!id) throw new Error('The project page carries no id');
    return id;
  }

  async health(): Promise<string> {
    const health = await this.root.getAttribute('data-health');
    if (!health) throw new Error('The project page carries no health');
    return health;
  }

  phase(position: number): Locator {
    return this.page.locator(`[data-testid="project-phase"][data-position="${position}"]`);
  }

  /** Position of the current phase, or null when every phase is done. */
  async currentPosition(): Promise<number | null> {
    await expect(this.phases.first()).toBeVisible();
    const current = this.page.locator('[data-testid="project-phase"][data-current="true"]');
    if ((await current.count()) === 0) return null;
    return Number(await current.getAttribute('data-position'));
  }

  /** Completes the current phase (`position`) today with a summary; waits until the next one is current. */
  async completePhase(position: number, summary: string): Promise<void> {
    const phase = this.phase(position);
    await expect(phase).toHaveAttribute('data-current', 'true');
    await phase.getByTestId('phase-complete').click();
    await expect(this.completeForm).toBeVisible();
    await expect(this.page.getByTestId('complete-date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await this.page.getByTestId('complete-summary').fill(summary);
    await this.page.getByTestId('complete-submit').click();
    await expectClosed(this.completeForm, `the complete dialog of phase ${position} should close after completing`);
    await expect(phase).toHaveAttribute('data-completed', 'true');
    await expect(phase).toHaveAttribute('data-current', 'false');
    await expect(phase.getByTestId('phase-summary')).toHaveText(summary);
  }

  /** Logs one work session today (kind picked by its label in `lang`). */
  async logWork(lang: Lang, work: { kind: WorkKind; hours: number; notes: string }): Promise<void> {
    await this.workLogAdd.click();
    await expect(this.workLogForm).toBeVisible();
    await pick(this.page, this.page.getByTestId('worklog-kind'), t(lang, `onboarding.workKind.${work.kind}`));
    await expect(this.page.getByTestId('worklog-date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await this.page.getByTestId('worklog-hours').fill(String(work.hours));
    await this.page.getByTestId('worklog-notes').fill(work.notes);
    await this.page.getByTestId('worklog-submit').click();
    await expectClosed(this.workLogForm, 'the log-work dialog should close after logging');
  }

  /** The work-log rows of one kind and duration whose notes read `notes`. */
  workLogRow(work: { kind: WorkKind; hours: number; notes: string }): Locator {
    return this.page
      .locator(`[data-testid="worklog-row"][data-kind="${work.kind}"][data-hours="${work.hours}"]`)
      .filter({ hasText: work.notes });
  }

  /** Raises an escalation (category picked by its label in `lang`) and waits for the dialog to close. */
  async raiseEscalation(
    lang: Lang,
    escalation: { category: EscalationCategory; subject: string; body: string },
  ): Promise<void> {
    await this.escalationRaise.click();
    await expect(this.raiseForm).toBeVisible();
    await pick(
      this.page,
      this.page.getByTestId('raise-category'),
      t(lang, `escalations.category.${escalation.category}`),
    );
    await this.page.getByTestId('raise-subject').fill(escalation.subject);
    await this.page.getByTestId('raise-body').fill(escalation.body);
    // The suggestions for the subject arrive once typing pauses and push the button down: the
    // click waits for them, else it may land where the button was.
    const suggestions = this.page.getByTestId('article-suggestions');
    await expect(
      suggestions.getByTestId('article-suggestion').first().or(suggestions.getByTestId('article-suggestions-none')),
    ).toBeVisible();
    await this.page.getByTestId('raise-submit').click();
    await expectClosed(this.raiseForm, 'the raise dialog should close after raising');
  }

  escalation(subject: string): Locator {
    return this.page.locator(`[data-testid="escalation-item"][data-subject="${attr(subject)}"]`);
  }

  /** Opens an escalation's conversation from the panel. */
  async openEscalation(subject: string): Promise<void> {
    await this.escalation(subject).click();
    await this.conversation.expectOpened(subject);
  }

  /** The surveys that followed phase `position` (newest first), optionally of one status. */
  phaseSurveys(position: number, status?: SurveyStatus): Locator {
    const withStatus = status ? `[data-status="${status}"]` : '';
    return this.page.locator(`[data-testid="survey-item"][data-kind="PHASE"][data-phase="${position}"]${withStatus}`);
  }

  surveyById(id: string): Locator {
    return this.page.locator(`[data-testid="survey-item"][data-id="${attr(id)}"]`);
  }

  /** The absolute link of a waiting survey, as its copy button holds it. */
  async surveyLink(survey: Locator): Promise<string> {
    const copy = survey.getByTestId('survey-copy-link');
    await expect(copy).toHaveAttribute('data-url', /\/survey\/[\w-]+$/);
    return (await copy.getAttribute('data-url'))!;
  }
}

/** The vendor console's project list (`/vendor/projects`), newest start first. */
export class VendorProjectsPage {
  readonly root: Locator;
  readonly table: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('projects-page');
    this.table = page.getByTestId('projects-table');
    this.rows = page.getByTestId('project-row');
  }

  /** The unfiltered list, 100 a page (a busy database keeps the project on page 1). */
  async goto(): Promise<void> {
    await this.page.goto('/vendor/projects?take=100');
    await expect(this.root).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(company: string): Locator {
    return this.page.locator(`[data-testid="project-row"][data-company="${attr(company)}"]`);
  }

  /** Opens a project's page from its row. */
  async open(row: Locator): Promise<void> {
    await row.getByTestId('project-row-open').click();
    await expect(this.page).toHaveURL(/\/vendor\/projects\/[0-9a-f-]{36}$/);
  }
}
