/** At most this many terms of a search text are used (longer texts are cut, not refused). */
export const MAX_SEARCH_TERMS = 8;

/** Punctuation and spaces of both languages (incl. the ideographic space U+3000). */
const SEPARATORS = /[\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65!-/:-@[-`{-~]+/u;
/** Runs of hiragana: in a Japanese sentence mostly particles and endings, so they split it into words. */
const HIRAGANA_RUN = /[\u3041-\u309f]+/u;
const ALL_HIRAGANA = /^[\u3041-\u309f]+$/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/u;
/** English words that match nearly every article. */
const STOP_WORDS = new Set(
  'an and are can do does for how in is it my of on or our the to we what when why with not'.split(' '),
);

/**
 * The words of a search text, for substring matching in both languages. Japanese has no spaces,
 * so a sentence is also split at its hiragana ("年末調整の計算が合わない" → 年末調整, 計算);
 * one-character pieces and common English words carry no meaning alone and are dropped.
 * Lower-cased, de-duplicated, in order of appearance.
 */
export function searchTerms(text: string): string[] {
  const terms: string[] = [];
  for (const chunk of text.toLowerCase().split(SEPARATORS)) {
    const pieces = ALL_HIRAGANA.test(chunk) ? [chunk] : chunk.split(HIRAGANA_RUN);
    for (const piece of pieces) {
      const meaningful = piece.length >= 2 && (CJK.test(piece) || !STOP_WORDS.has(piece));
      if (meaningful && !terms.includes(piece)) terms.push(piece);
    }
  }
  return terms.slice(0, MAX_SEARCH_TERMS);
}
