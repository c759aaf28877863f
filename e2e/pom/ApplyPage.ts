import { expect, type Locator, type Page } from '@playwright/test';
import { LanguageSwitcher } from './LanguageSwitcher';

export interface Application {
  firmName: string;
  /** The kind's label as shown. */
  kind: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
  headcountAtStart: number;
  monthlyCapacity: number;
  /** Labels as shown, by MultiSelect test id suffix (`industries`, `productModules`, …). */
  strengths?: Partial<
    Record<'industries' | 'productModules' | 'regions' | 'languages' | 'customerSizeBands', string[]>
  >;
  expansionPlans?: string;
}

/** The public application page (`/apply`). */
export class ApplyPage {
  readonly root: Locator;
  readonly form: Locator;
  readonly submit: Locator;
  readonly honeypot: Locator;
  readonly received: Locator;
  readonly reference: Locator;
  readonly language: LanguageSwitcher;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('apply-page');
    this.form = page.getByTestId('apply-form');
    this.submit = page.getByTestId('apply-submit');
    this.honeypot = page.getByTestId('apply-honeypot');
    this.received = page.getByTestId('apply-received');
    this.reference = page.getByTestId('apply-reference');
    this.language = new LanguageSwitcher(page);
  }

  async goto(): Promise<void> {
    await this.page.goto('/apply');
    await expect(this.submit).toBeVisible();
  }

  field(name: string): Locator {
    return this.page.getByTestId(`apply-${name}`);
  }

  /** The field's input wrapper, where Mantine shows its error message. */
  fieldRoot(name: string): Locator {
    return this.page.locator('.mantine-InputWrapper-root', { has: this.field(name) });
  }

  async fill(application: Application): Promise<void> {
    await this.field('firm-name').fill(application.firmName);
    await this.field('kind').click();
    await this.page.getByRole('option', { name: application.kind, exact: true }).click();
    await this.field('contact-name').fill(application.contactName);
    await this.field('contact-email').fill(application.contactEmail);
    if (application.contactPhone) await this.field('contact-phone').fill(application.contactPhone);
    await this.field('headcount').fill(String(application.headcountAtStart));
    await this.field('capacity').fill(String(application.monthlyCapacity));
    for (const [name, labels] of Object.entries(application.strengths ?? {})) {
      const select = this.field(name);
      for (const label of labels) {
        await select.click();
        await select.fill(label);
        await this.page.getByRole('option', { name: label, exact: true }).click();
      }
      await this.page.keyboard.press('Escape');
    }
    if (application.expansionPlans) await this.field('expansion-plans').fill(application.expansionPlans);
  }
}
