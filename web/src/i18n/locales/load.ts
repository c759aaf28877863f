import type { Locale } from '@baton/shared';

export type Messages = { [key: string]: string | Messages };

/**
 * One language's texts, fetched when first needed: each language is a chunk of its own, so the
 * page never downloads the language it does not show.
 */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const catalog = locale === 'en' ? await import('./catalog-en') : await import('./catalog-ja');
  return catalog.default;
}
