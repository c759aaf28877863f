import { useLazyQuery } from '@apollo/client/react';
import type { AuditLogFilter } from '../../../gql/graphql';
import { downloadText } from '../../common/csv';
import { AuditLogCsvQuery } from '../graphql/audit';

/** Asks the API for the CSV of the filtered log and saves it as `audit-log.csv`. */
export function useAuditCsv() {
  const [load, { loading }] = useLazyQuery(AuditLogCsvQuery, { fetchPolicy: 'network-only' });

  async function exportCsv(filter: AuditLogFilter) {
    const { data, error } = await load({ variables: { filter } });
    if (error) throw error;
    if (data) downloadText('audit-log.csv', data.auditLogCsv);
  }

  return { exportCsv, exporting: loading };
}
