import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, toCsv } from '../../common/csv';
import { fetchAll } from '../../common/fetch-all';
import { actionItemCsvFilename, actionItemCsvRows, CSV_MEETING_LIMIT } from '../action-item-csv';
import { actionItemRows, localToday } from '../action-items';
import { MeetingsQuery } from '../graphql/meetings';

/**
 * Exports the action items of every meeting the list shows (all pages, up to CSV_MEETING_LIMIT
 * meetings), built in the browser. Answers how many items were written.
 */
export function useActionItemsCsv() {
  const client = useApolloClient();
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);

  async function exportCsv(partnerId: string | null): Promise<number> {
    setExporting(true);
    try {
      const meetings = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: MeetingsQuery,
          variables: { filter: partnerId ? { partnerId } : null, skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('meetings: empty response');
        return data.meetings;
      }, CSV_MEETING_LIMIT);
      const today = localToday();
      const rows = actionItemRows(meetings);
      const csv = toCsv(actionItemCsvRows(rows, (key, options) => t(key, options ?? {}), today));
      // The byte-order mark lets spreadsheet software read the Japanese text as UTF-8.
      downloadText(actionItemCsvFilename(today), '\uFEFF' + csv);
      return rows.length;
    } finally {
      setExporting(false);
    }
  }

  return { exportCsv, exporting };
}
