import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@baton/shared';
import { loadMessages, type Messages } from './locales/load';
import { pseudoize } from './pseudo';

/** UI languages: the two real locales plus the pseudo-locale used to spot hard-coded text. */
export type UiLanguage = Locale | 'pseudo';

export const STORAGE_KEY = 'baton.lang';
const UI_LANGUAGES: readonly UiLanguage[] = ['ja', 'en', 'pseudo'];
const DEFAULT_LANGUAGE: UiLanguage = 'ja';

function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The language the user chose before, if any (kept across visits). */
export function storedLanguage(): UiLanguage | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The locale the API should answer in: the pseudo-locale is English underneath. */
export function apiLocale(language: UiLanguage = currentLanguage()): Locale {
  return language === 'ja' ? 'ja' : 'en';
}

/** BCP 47 tag for `<html lang>` and `Intl` formatting. */
export function languageTag(language: UiLanguage = currentLanguage()): string {
  return language === 'pseudo' ? 'en-XA' : language;
}

export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this visit only.
  }
  await i18n.changeLanguage(language);
}

/**
 * The texts of one UI language, fetched on first use: the page loads only the language it shows,
 * and another when the user switches to it (pages suspend meanwhile on first load only).
 */
async function loadLanguage(language: string): Promise<Messages> {
  if (language === 'pseudo') return pseudoize(await loadMessages('en'));
  return loadMessages(apiLocale(isUiLanguage(language) ? language : DEFAULT_LANGUAGE));
}

export function initI18n(): typeof i18n {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = languageTag(isUiLanguage(language) ? language : DEFAULT_LANGUAGE);
  });
  void i18n
    .use(initReactI18next)
    .use(resourcesToBackend(loadLanguage))
    .init({
      lng: storedLanguage() ?? DEFAULT_LANGUAGE,
      // Both languages have the same keys (checked by the locale tests): no fallback to download.
      fallbackLng: false,
      supportedLngs: [...UI_LANGUAGES],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  document.documentElement.lang = languageTag(currentLanguage());
  return i18n;
}

export { i18n };
