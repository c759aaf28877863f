import type { KeyboardEvent } from 'react';

/** Ctrl/⌘+Enter in a message box sends its form, as in most chat tools; Enter alone is a new line. */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}
