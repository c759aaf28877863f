import { expect, type Locator, type Page } from '@playwright/test';
import { t, type Lang } from '../support/i18n';
import { expectClosed } from './dialogs';

const attr = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** The vendor's capacity calendar (`/vendor/capacity`): slots offered / consumed / free per firm and month. */
export class CapacityCalendarPage {
  readonly root: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('capacity-calendar');
    this.grid = page.getByTestId('calendar-grid');
  }

  /** Opens the calendar from the address (a full load, so no cached figures), starting at this month. */
  async goto(): Promise<void> {
    await this.page.goto('/vendor/capacity');
    await expect(this.grid).toBeVisible();
  }

  /** The first month shown, "YYYY-MM": by default this month in the browser's calendar. */
  async firstMonth(): Promise<string> {
    return (await this.root.getAttribute('data-from')) ?? '';
  }

  cell(partner: string, month: string): Locator {
    return this.page.locator(`[data-testid="calendar-cell"][data-partner="${attr(partner)}"][data-month="${month}"]`);
  }

  total(month: string): Locator {
    return this.page.locator(`[data-testid="calendar-total"][data-month="${month}"]`);
  }

  demand(month: string): Locator {
    return this.page.locator(`[data-testid="calendar-demand"][data-month="${month}"]`);
  }

  /** Slots of a firm's month already used by assignments. */
  async consumed(partner: string, month: string): Promise<number> {
    return numberOf(this.cell(partner, month), 'data-consumed');
  }

  /**
   * Makes sure a firm has at least `min` free slots in a month: when it has fewer, raises its
   * all-lines offer from the cell's dialog by what is missing. Returns whether it did.
   */
  async ensureFree(partner: string, month: string, min: number): Promise<boolean> {
    const cell = this.cell(partner, month);
    const free = await numberOf(cell, 'data-free');
    if (free >= min) return false;
    await cell.getByTestId('calendar-cell-edit').click();
    const form = this.page.getByTestId('capacity-offer-form');
    const slots = form.getByTestId('capacity-offer-slots');
    await expect(slots).toHaveValue(/^\d+$/);
    await slots.fill(String(Number(await slots.inputValue()) + min - free));
    await form.getByTestId('capacity-offer-submit').click();
    await expectClosed(form, `the offer dialog of ${partner} should close after raising the offer`);
    await expect.poll(() => numberOf(cell, 'data-free')).toBeGreaterThanOrEqual(min);
    return true;
  }

  /** Slots of every active firm's month used by assignments. */
  async totalConsumed(month: string): Promise<number> {
    return numberOf(this.total(month), 'data-consumed');
  }
}

async function numberOf(element: Locator, attribute: string): Promise<number> {
  await expect(element).toHaveAttribute(attribute, /^\d+$/);
  return Number(await element.getAttribute(attribute));
}

/** A month's label as the portal shows it in `lang` ("Nov 2026", "2026年11月"), as web/src/modules/capacity/hooks.ts. */
export function monthLabel(lang: Lang, month: string): string {
  const [year, mon] = month.split('-').map(Number);
  const format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short' });
  return t(lang, 'capacity.month', { month: format.format(new Date(year, mon - 1, 1)) });
}
