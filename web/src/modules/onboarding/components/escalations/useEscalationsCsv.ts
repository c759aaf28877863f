import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationFilter } from '../../../../gql/graphql';
import { downloadText, toCsv } from '../../../common/csv';
import { fetchAll } from '../../../common/fetch-all';
import { CSV_LIMIT, escalationCsvRows } from '../../escalation-csv';
import { EscalationInboxQuery } from '../../graphql/escalations';

/** Exports the filtered escalations (every page, up to CSV_LIMIT) as CSV, built in the browser, in list order. */
export function useEscalationsCsv() {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function exportCsv(filter: EscalationFilter): Promise<number> {
    setExporting(true);
    try {
      const rows = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: EscalationInboxQuery,
          variables: { filter, skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('escalations: empty response');
        return data.escalations;
      }, CSV_LIMIT);
      const csv = toCsv(escalationCsvRows(rows, (key, options) => t(key, options ?? {}), new Date()));
      // The byte-order mark lets spreadsheet software read the Japanese text as UTF-8.
      downloadText('escalations.csv', '\uFEFF' + csv);
      return rows.length;
    } finally {
      setExporting(false);
    }
  }

  return { exportCsv, exporting };
}
