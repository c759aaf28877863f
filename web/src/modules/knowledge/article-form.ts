import type { ArticleInput, ArticleKind } from '../../gql/graphql';

/** Limits the server checks too (ArticleInput). */
export const TITLE_MAX = 200;
export const BODY_MAX = 20000;
export const TAGS_MAX = 10;
export const TAG_MAX = 40;

export const ARTICLE_KINDS: readonly ArticleKind[] = ['HOW_TO', 'FAQ', 'KNOWN_ISSUE'];
export const LANGUAGE_FIELDS = ['titleJa', 'bodyJa', 'titleEn', 'bodyEn'] as const;
export type LanguageField = (typeof LANGUAGE_FIELDS)[number];

export interface ArticleFormValues {
  kind: ArticleKind | null;
  productArea: string | null;
  tags: string[];
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
}

export const EMPTY_ARTICLE_FORM: ArticleFormValues = {
  kind: null,
  productArea: null,
  tags: [],
  titleJa: '',
  titleEn: '',
  bodyJa: '',
  bodyEn: '',
};

type ArticleLike = Omit<ArticleFormValues, 'kind' | 'productArea'> & { kind: ArticleKind; productArea: string };

export function formFromArticle(a: ArticleLike): ArticleFormValues {
  const { kind, productArea, tags, titleJa, titleEn, bodyJa, bodyEn } = a;
  return { kind, productArea, tags: [...tags], titleJa, titleEn, bodyJa, bodyEn };
}

/** Tags trimmed, blank ones dropped, each once (case kept: Japanese has none). */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
}

/**
 * What must be fixed before saving (field → i18n key). A draft needs its kind, product area and
 * a title in one language; publishing needs both titles and both bodies, since partners read both.
 */
export function articleFormErrors(v: ArticleFormValues, publishing: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.kind) errors.kind = 'validation.required';
  if (!v.productArea) errors.productArea = 'validation.required';
  if (publishing) {
    for (const field of LANGUAGE_FIELDS) if (!v[field].trim()) errors[field] = 'knowledge.editor.requiredToPublish';
  } else if (!v.titleJa.trim() && !v.titleEn.trim()) {
    errors.titleJa = 'knowledge.editor.titleInOneLanguage';
  }
  if (normalizeTags(v.tags).length > TAGS_MAX) errors.tags = 'knowledge.editor.tooManyTags';
  return errors;
}

export function toArticleInput(v: ArticleFormValues): ArticleInput {
  if (!v.kind || !v.productArea) throw new Error('toArticleInput: validate the form first');
  return {
    kind: v.kind,
    productArea: v.productArea,
    tags: normalizeTags(v.tags),
    titleJa: v.titleJa.trim(),
    titleEn: v.titleEn.trim(),
    bodyJa: v.bodyJa.trim(),
    bodyEn: v.bodyEn.trim(),
  };
}
