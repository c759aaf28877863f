import type { SelectQueryBuilder } from 'typeorm';
import { searchTerms } from '@baton/shared';
import type { Article } from './article.entity';

/** Weight of a word found in a title, a tag or a body: one title hit outranks any number of body hits below ten. */
const WEIGHT = { title: 10, tag: 3, body: 1 } as const;

/** `%term%` with LIKE's wildcards taken literally. */
export const containing = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Adds the search of `text` to a query of articles (alias `a`): each word matched by substring
 * (ILIKE) in both languages' titles and bodies and in the tags; every word must match, or any
 * with `matchAny`. Answers the relevance expression to order by, or null when the text has no word.
 */
export function applyArticleSearch(
  qb: SelectQueryBuilder<Article>,
  text: string,
  matchAny: boolean,
  preferredProductAreas: string[] = [],
): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const hits = terms.map((term, i) => {
    qb.setParameter(`term${i}`, containing(term));
    const p = `:term${i}`;
    return {
      title: `(a.titleEn ILIKE ${p} OR a.titleJa ILIKE ${p})`,
      tag: `(array_to_string(a.tags, ' ') ILIKE ${p})`,
      body: `(a.bodyEn ILIKE ${p} OR a.bodyJa ILIKE ${p})`,
    };
  });
  const any = hits.map((h) => `(${h.title} OR ${h.tag} OR ${h.body})`);
  qb.andWhere(`(${any.join(matchAny ? ' OR ' : ' AND ')})`);
  const score = hits.flatMap((h) =>
    (['title', 'tag', 'body'] as const).map((k) => `CASE WHEN ${h[k]} THEN ${WEIGHT[k]} ELSE 0 END`),
  );
  if (preferredProductAreas.length) {
    qb.setParameter('preferredAreas', preferredProductAreas);
    score.push(`CASE WHEN a.productArea IN (:...preferredAreas) THEN 0.5 ELSE 0 END`);
  }
  return `(${score.join(' + ')})`;
}
