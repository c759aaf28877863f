import { expect, type Locator } from '@playwright/test';

/**
 * Either the dialog closes, or it shows why not: fail with that message rather than a timeout.
 * Reads never wait (`allInnerTexts`), so a dialog closing between two reads cannot stall the poll;
 * only the form's own error (`form-error`) and field errors count, not informational alerts.
 */
export async function expectClosed(form: Locator, message: string): Promise<void> {
  const formErrors = form.getByTestId('form-error');
  const fieldErrors = form.locator('.mantine-InputWrapper-error');
  await expect
    .poll(
      async () => {
        const [formError] = await formErrors.allInnerTexts();
        if (formError) return `form error: ${formError}`;
        const [fieldError] = await fieldErrors.allInnerTexts();
        if (fieldError) return `field error: ${fieldError}`;
        return (await form.count()) === 0 ? 'closed' : 'open';
      },
      { message },
    )
    .toBe('closed');
}
