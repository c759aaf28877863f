import { Button, Group, Paper, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { AssignmentsQuery } from '../graphql/assignments';
import type { useAssignmentList } from '../hooks/useAssignmentList';
import { useAssignmentsCsv } from '../hooks/useAssignmentsCsv';
import { PAGE_SIZES } from '../list-query';
import { AssignmentsFilters } from './AssignmentsFilters';
import { AssignmentsTable } from './AssignmentsTable';

/** Every firm's assignments (newest first by default): filters, sort, pages and the CSV export of the filtered rows. */
export function AssignmentsListPanel({ list }: { list: ReturnType<typeof useAssignmentList> }) {
  const { t } = useTranslation();
  const { query, filter, variables } = list;
  const { exportCsv, exporting } = useAssignmentsCsv();
  const { data, previousData, loading, error } = useQuery(AssignmentsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.assignments;

  async function onExport() {
    try {
      const count = await exportCsv(filter, query.sort);
      notifySuccess(t('assignments.notify.exported', { count }));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <>
      <AssignmentsFilters
        query={query}
        onChange={list.changeFilter}
        filtered={list.filtered}
        onReset={list.reset}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            disabled={!page || page.totalItems === 0}
            onClick={() => void onExport()}
            data-testid="assignments-csv"
          >
            {t('assignments.exportCsv')}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <AssignmentsTable
          assignments={page?.items ?? []}
          loading={loading}
          filtered={list.filtered}
          onReset={list.reset}
          directionOf={list.directionOf}
          onSort={list.toggleSort}
        />
      </Paper>
      <ListFooter page={query.page} pageSize={query.take} total={page?.totalItems ?? 0} onPage={list.setPage} />
      <Group justify="flex-end" mt="xs">
        <Select
          label={t('assignments.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && list.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
          data-testid="assignments-page-size"
        />
      </Group>
    </>
  );
}
