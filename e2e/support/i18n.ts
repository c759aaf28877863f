import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
// Server-side texts (business errors such as a wrong password) come from the API's catalog.
import { translate as translateServer } from '../../api/src/common/i18n/messages';

/** Expected texts are read from the portal's own locale files, never hard-coded here. */
export type Lang = 'ja' | 'en';
type Messages = { [key: string]: string | Messages };

const localesDir = resolve(__dirname, '..', '..', 'web', 'src', 'i18n', 'locales');
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Messages;

/** `<lang>.json` plus the feature files `<lang>/*.json`, as web/src/i18n/locales/index.ts merges them. */
function catalog(lang: Lang): Messages {
  const dir = resolve(localesDir, lang);
  const features = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  return Object.assign(read(resolve(localesDir, `${lang}.json`)), ...features.map((f) => read(resolve(dir, f))));
}

const catalogs: Record<Lang, Messages> = { ja: catalog('ja'), en: catalog('en') };

/** Same lookup and `{{name}}` interpolation as i18next in the web app. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  let node: string | Messages | undefined = catalogs[lang];
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`No ${lang} text for "${key}" in the web's ${lang} locale files`);
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`Missing parameter "${name}" for "${key}"`);
    return String(params[name]);
  });
}

/** A text of the API's message catalog (api/src/common/i18n/messages.ts). */
export function serverText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const text = translateServer(lang, key, params);
  if (text === key) throw new Error(`No server text for "${key}"`);
  return text;
}

/** The two names the language switcher shows, each in its own language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { ja: '日本語', en: 'English' };
