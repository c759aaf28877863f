import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { ListFooter } from '../../../common/components/ListFooter';
import { PageHeader } from '../../../common/components/PageHeader';
import { DeflectionStats } from '../../../knowledge/components/DeflectionStats';
import { faultMessage } from '../../../common/fault-message';
import { notifyError, notifySuccess } from '../../../common/notify';
import { PAGE_SIZES } from '../../escalation-inbox-query';
import { EscalationInboxQuery, INBOX_QUERIES } from '../../graphql/escalations';
import { EscalationDrawer } from './EscalationDrawer';
import { EscalationFilters } from './EscalationFilters';
import { EscalationStatsBar } from './EscalationStatsBar';
import { EscalationTable } from './EscalationTable';
import { useEscalationInbox } from './useEscalationInbox';
import { useEscalationsCsv } from './useEscalationsCsv';
import { useNow } from './useNow';

/**
 * The vendor's one inbox of partner escalations: figures, open ones first and oldest first with
 * their age-based priority, filters and pages in the URL, CSV, and each conversation in a drawer.
 */
export default function EscalationInboxPage() {
  const { t } = useTranslation();
  const inbox = useEscalationInbox();
  const { query, filter, variables } = inbox;
  const now = useNow();
  const { exportCsv, exporting } = useEscalationsCsv();
  const { data, previousData, loading, error } = useQuery(EscalationInboxQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.escalations;

  async function onExport() {
    try {
      const count = await exportCsv(filter);
      notifySuccess(t('escalations.notify.exported', { count }));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <div data-testid="escalation-inbox">
      <PageHeader title={t('escalations.title')} />
      <Text size="sm" c="dimmed" mt={-8} mb="md">
        {t('escalations.intro')}
      </Text>
      <EscalationStatsBar
        filter={inbox.statsFilter}
        status={query.status}
        onStatus={(status) => inbox.changeFilter({ status })}
      />
      <DeflectionStats partnerId={inbox.statsFilter.partnerId} />
      <EscalationFilters
        query={query}
        onChange={inbox.changeFilter}
        filtered={inbox.filtered}
        onReset={inbox.reset}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            disabled={!page || page.totalItems === 0}
            onClick={() => void onExport()}
            data-testid="escalations-csv"
          >
            {t('escalations.exportCsv')}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <EscalationTable
          rows={page?.items ?? []}
          loading={loading}
          now={now}
          filtered={inbox.filtered}
          onReset={inbox.reset}
          onOpen={inbox.select}
          selectedId={query.selectedId}
        />
      </Paper>
      <ListFooter page={query.page} pageSize={query.take} total={page?.totalItems ?? 0} onPage={inbox.setPage} />
      <Group justify="flex-end" mt="xs">
        <Select
          label={t('escalations.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && inbox.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
          data-testid="escalations-page-size"
        />
      </Group>
      <EscalationDrawer
        id={query.selectedId}
        onClose={() => inbox.select(null)}
        refetchQueries={INBOX_QUERIES}
        linkProject
      />
    </div>
  );
}
