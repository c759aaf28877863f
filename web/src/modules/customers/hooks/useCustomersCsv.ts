import { useLazyQuery } from '@apollo/client/react';
import type { CustomerFilter, CustomerSort } from '../../../gql/graphql';
import { downloadText } from '../../common/csv';
import { CustomersCsvExportQuery } from '../graphql/customers';

/** Asks the API for the CSV of the filtered customer list (same filter and sort as on screen). */
export function useCustomersCsv() {
  const [load, { loading }] = useLazyQuery(CustomersCsvExportQuery, { fetchPolicy: 'network-only' });

  async function exportCsv(filter: CustomerFilter, sort: CustomerSort, fileName: string) {
    const { data, error } = await load({ variables: { filter, sort } });
    if (error) throw error;
    // The byte-order mark lets spreadsheet software read the Japanese names as UTF-8.
    if (data) downloadText(fileName, '\uFEFF' + data.customersCsv);
  }

  return { exportCsv, exporting: loading };
}
