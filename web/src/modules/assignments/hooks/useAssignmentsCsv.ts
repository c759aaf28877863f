import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentFilter, AssignmentSort } from '../../../gql/graphql';
import { downloadText, toCsv } from '../../common/csv';
import { fetchAll } from '../../common/fetch-all';
import { assignmentCsvRows, CSV_LIMIT } from '../assignment-csv';
import { AssignmentsQuery } from '../graphql/assignments';

/**
 * Exports the filtered assignments (every page, up to CSV_LIMIT) as CSV, built in the browser,
 * in the order shown on screen.
 */
export function useAssignmentsCsv() {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function exportCsv(filter: AssignmentFilter, sort: AssignmentSort): Promise<number> {
    setExporting(true);
    try {
      const rows = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: AssignmentsQuery,
          variables: { filter, sort, skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('assignments: empty response');
        return data.assignments;
      }, CSV_LIMIT);
      // The byte-order mark lets spreadsheet software read the Japanese text as UTF-8.
      downloadText('assignments.csv', '\uFEFF' + toCsv(assignmentCsvRows(rows, (key) => t(key))));
      return rows.length;
    } finally {
      setExporting(false);
    }
  }

  return { exportCsv, exporting };
}
