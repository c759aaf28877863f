import { searchTerms } from '@baton/shared';

export type ArticleLanguage = 'ja' | 'en';

interface Bilingual {
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
}

/** The portal's language as an article language (Japanese unless English is chosen). */
export function articleLanguage(i18nLanguage: string | undefined): ArticleLanguage {
  return i18nLanguage?.startsWith('en') ? 'en' : 'ja';
}

/** Title and body in the reader's language; a draft missing that language shows the other one. */
export function localized(a: Bilingual, lang: ArticleLanguage): { title: string; body: string } {
  const [title, otherTitle, body, otherBody] =
    lang === 'ja' ? [a.titleJa, a.titleEn, a.bodyJa, a.bodyEn] : [a.titleEn, a.titleJa, a.bodyEn, a.bodyJa];
  return { title: title.trim() || otherTitle, body: body.trim() || otherBody };
}

/** Markdown as one line of plain text (for snippets, CSV and previews). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Up to `max` characters of the body around the first word of the search found in it (the
 * start when none is), with an ellipsis where text was cut.
 */
export function snippet(body: string, search: string, max = 160): string {
  const text = plainText(body);
  if (text.length <= max) return text;
  const lower = text.toLowerCase();
  const hits = searchTerms(search)
    .map((t) => lower.indexOf(t))
    .filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max));
  const end = Math.min(text.length, start + max);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The text cut into parts, those matching a word of the search marked (to highlight them). */
export function highlightParts(text: string, search: string): { text: string; match: boolean }[] {
  const terms = searchTerms(search);
  if (terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text
    .split(new RegExp(`(${escaped.join('|')})`, 'giu'))
    .filter((part) => part !== '')
    .map((part) => ({ text: part, match: terms.includes(part.toLowerCase()) }));
}
