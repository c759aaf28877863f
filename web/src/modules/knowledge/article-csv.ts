import type { ArticleFieldsFragment } from '../../gql/graphql';
import { plainText } from './article-text';

/** Most rows one export fetches. */
export const CSV_LIMIT = 5000;

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The console's articles as CSV rows: a header in the reader's language, then one row per article. */
export function articleCsvRows(rows: readonly ArticleFieldsFragment[], t: Translate): string[][] {
  const header = [
    'id',
    'titleJa',
    'titleEn',
    'kind',
    'productArea',
    'status',
    'tags',
    'publishedAt',
    'updatedAt',
    'updatedBy',
    'bodyJa',
    'bodyEn',
  ].map((k) => t(`knowledge.csv.${k}`));
  return [
    header,
    ...rows.map((a) => [
      a.id,
      a.titleJa,
      a.titleEn,
      t(`knowledge.kind.${a.kind}`),
      t(`vocab.productModule.${a.productArea}`, { defaultValue: a.productArea }),
      t(`knowledge.status.${a.status}`),
      a.tags.join(' '),
      a.publishedAt ?? '',
      a.updatedAt,
      a.updatedByEmail ?? '',
      plainText(a.bodyJa),
      plainText(a.bodyEn),
    ]),
  ];
}
