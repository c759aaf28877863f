import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticlesQueryVariables } from '../../../gql/graphql';
import { downloadText, toCsv } from '../../common/csv';
import { fetchAll } from '../../common/fetch-all';
import { articleCsvRows, CSV_LIMIT } from '../article-csv';
import { ArticlesQuery } from '../graphql/knowledge';

/** Exports the filtered articles (every page, in list order) as CSV, built in the browser. */
export function useArticlesCsv() {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function exportCsv(variables: Omit<ArticlesQueryVariables, 'skip' | 'take'>): Promise<number> {
    setExporting(true);
    try {
      const rows = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: ArticlesQuery,
          variables: { ...variables, skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('articles: empty response');
        return data.articles;
      }, CSV_LIMIT);
      // The byte-order mark lets spreadsheet software read the Japanese text as UTF-8.
      downloadText('knowledge-base.csv', '\uFEFF' + toCsv(articleCsvRows(rows, (key, o) => t(key, o ?? {}))));
      return rows.length;
    } finally {
      setExporting(false);
    }
  }

  return { exportCsv, exporting };
}
