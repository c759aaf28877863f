import { expect, type Locator, type Page } from '@playwright/test';
import { LanguageSwitcher } from './LanguageSwitcher';

export type SurveyPageState = 'loading' | 'error' | 'invalid' | 'open' | 'answered' | 'expired' | 'thanks';

export interface SurveyAnswer {
  /** 1–5. */
  csat: number;
  /** 0–10. */
  nps: number;
  worries?: string;
  evaluation?: string;
}

/** The public page of a survey link (`/survey/:token`, no sign-in). */
export class SurveyPage {
  readonly root: Locator;
  readonly title: Locator;
  readonly form: Locator;
  readonly worries: Locator;
  readonly evaluation: Locator;
  readonly submit: Locator;
  readonly formError: Locator;
  readonly thanks: Locator;
  readonly answered: Locator;
  readonly language: LanguageSwitcher;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('survey-page');
    this.title = page.getByTestId('survey-title');
    this.form = page.getByTestId('survey-form');
    this.worries = page.getByTestId('survey-worries');
    this.evaluation = page.getByTestId('survey-evaluation');
    this.submit = page.getByTestId('survey-submit');
    this.formError = this.form.getByTestId('form-error');
    this.thanks = page.getByTestId('survey-thanks');
    this.answered = page.getByTestId('survey-answered');
    this.language = new LanguageSwitcher(page);
  }

  /** Opens a link and waits until the page knows what it is (past loading). */
  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.root).toHaveAttribute('data-state', /^(?!loading$)/);
  }

  async expectState(state: SurveyPageState): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', state);
  }

  csat(score: number): Locator {
    return this.page.getByTestId(`survey-csat-${score}`);
  }

  nps(score: number): Locator {
    return this.page.getByTestId(`survey-nps-${score}`);
  }

  /** Fills the form (both scales, the texts given) without sending it. */
  async fill(answer: SurveyAnswer): Promise<void> {
    await expect(this.form).toBeVisible();
    await this.csat(answer.csat).click();
    await expect(this.page.getByTestId('survey-csat')).toHaveAttribute('data-value', String(answer.csat));
    await this.nps(answer.nps).click();
    await expect(this.page.getByTestId('survey-nps')).toHaveAttribute('data-value', String(answer.nps));
    if (answer.worries !== undefined) await this.worries.fill(answer.worries);
    if (answer.evaluation !== undefined) await this.evaluation.fill(answer.evaluation);
  }

  /** Fills and sends the answers, and waits for the thank-you. */
  async answer(answer: SurveyAnswer): Promise<void> {
    await this.fill(answer);
    await this.submit.click();
    await this.expectState('thanks');
    await expect(this.thanks).toBeVisible();
  }
}
