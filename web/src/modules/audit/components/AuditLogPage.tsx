import { Button, Paper, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { usePageParams } from '../../common/hooks/usePageParams';
import { notifyError } from '../../common/notify';
import { EMPTY_AUDIT_FILTER, toAuditLogFilter, type AuditFilterValues } from '../audit-filter';
import { AuditLogQuery } from '../graphql/audit';
import { useAuditCsv } from '../hooks/useAuditCsv';
import { AUDIT_COLUMNS, AuditLogRow } from './AuditLogRow';
import { AuditChainCheck } from './AuditChainCheck';
import { AuditLogFilters } from './AuditLogFilters';

const PAGE_SIZE = 50;

export default function AuditLogPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilterValues>(EMPTY_AUDIT_FILTER);
  const filter = useMemo(() => toAuditLogFilter(values), [values]);
  const { page, setPage, skip, take } = usePageParams(PAGE_SIZE);
  const { exportCsv, exporting } = useAuditCsv();
  const { data, previousData, loading, error } = useQuery(AuditLogQuery, {
    variables: { filter, skip, take },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.auditLog;

  function apply(next: AuditFilterValues) {
    setValues(next);
    setPage(1);
  }

  async function onExport() {
    try {
      await exportCsv(filter);
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <div data-testid="audit-log-page">
      <PageHeader
        title={t('audit.title')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            onClick={() => void onExport()}
            data-testid="audit-export"
            title={t('audit.exportLimit', { max: (10000).toLocaleString() })}
          >
            {t('audit.exportCsv')}
          </Button>
        }
      />
      <AuditChainCheck />
      <AuditLogFilters onApply={apply} />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover aria-label={t('audit.title')} data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>
                  <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
                </Table.Th>
                <Table.Th>{t('audit.columns.at')}</Table.Th>
                <Table.Th>{t('audit.columns.actor')}</Table.Th>
                <Table.Th>{t('audit.columns.role')}</Table.Th>
                <Table.Th>{t('audit.columns.action')}</Table.Th>
                <Table.Th>{t('audit.columns.entityType')}</Table.Th>
                <Table.Th>{t('audit.columns.entityId')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loading && !list ? (
                <Table.Tr>
                  <Table.Td colSpan={AUDIT_COLUMNS}>
                    <Skeleton height={24} aria-label={t('list.loading')} />
                  </Table.Td>
                </Table.Tr>
              ) : !list || list.items.length === 0 ? (
                <EmptyRows colSpan={AUDIT_COLUMNS} message={t('audit.empty')} />
              ) : (
                list.items.map((entry) => <AuditLogRow key={entry.id} entry={entry} />)
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ListFooter page={page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={setPage} />
    </div>
  );
}
