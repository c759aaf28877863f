type Messages = { [key: string]: string | Messages };

/**
 * Builds the pseudo-locale from English: every message wrapped in ⟦…⟧, so text on a
 * page that is not wrapped was never translated (a hard-coded string).
 */
export function pseudoize(messages: Messages): Messages {
  const out: Messages = {};
  for (const [key, value] of Object.entries(messages)) {
    out[key] = typeof value === 'string' ? `⟦${value}⟧` : pseudoize(value);
  }
  return out;
}
