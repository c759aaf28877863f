import { useLazyQuery } from '@apollo/client/react';
import type { PartnerFilter, PartnerSort } from '../../../gql/graphql';
import { downloadText } from '../../common/csv';
import { PartnersCsvQuery } from '../graphql/partners';

/** Asks the API for the CSV of the filtered directory (same filter and sort as on screen). */
export function usePartnersCsv() {
  const [load, { loading }] = useLazyQuery(PartnersCsvQuery, { fetchPolicy: 'network-only' });

  async function exportCsv(filter: PartnerFilter, sort: PartnerSort) {
    const { data, error } = await load({ variables: { filter, sort } });
    if (error) throw error;
    // The byte-order mark lets spreadsheet software read the Japanese names as UTF-8.
    if (data) downloadText('partners.csv', '\uFEFF' + data.partnersCsv);
  }

  return { exportCsv, exporting: loading };
}
