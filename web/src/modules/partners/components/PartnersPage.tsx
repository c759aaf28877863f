import { Button, Paper, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { useFormatters } from '../../common/hooks/useFormatters';
import { notifyError, notifySuccess } from '../../common/notify';
import { usePartnerDirectory } from '../hooks/usePartnerDirectory';
import { usePartnerList } from '../hooks/usePartnerList';
import { usePartnersCsv } from '../hooks/usePartnersCsv';
import { PartnersFilters } from './PartnersFilters';
import { PartnersTable } from './PartnersTable';

/** The partner directory: server-side filters and sort kept in the URL, rows loaded as it scrolls. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const user = useSession();
  const root = `/${experienceOfRole(user.role)}/partners`;
  const directory = usePartnerDirectory();
  const { query, filter } = directory;
  const { exportCsv, exporting } = usePartnersCsv();
  const list = usePartnerList(filter, query.sort);
  const linkTo = useCallback((id: string) => `${root}/${id}`, [root]);

  async function onExport() {
    try {
      await exportCsv(filter, query.sort);
      notifySuccess(t('partners.notify.exported'));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  function onLoadMore() {
    list.loadMore().catch((loadError: unknown) => notifyError(faultMessage(loadError, t)));
  }

  return (
    <div data-testid="partners-page">
      <PageHeader
        title={t('partners.title')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            loading={exporting}
            onClick={() => void onExport()}
            data-testid="partners-export"
          >
            {t('partners.exportCsv')}
          </Button>
        }
      />
      <PartnersFilters
        query={query}
        searchInput={directory.searchInput}
        onSearch={directory.setSearchInput}
        onChange={directory.changeFilter}
        filtered={directory.filtered}
        onReset={directory.reset}
      />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <PartnersTable
          partners={list.partners}
          total={list.total}
          loading={list.loading}
          loadingMore={list.loadingMore}
          stalled={list.stalled}
          onLoadMore={onLoadMore}
          listKey={JSON.stringify([filter, query.sort])}
          filtered={directory.filtered}
          onReset={directory.reset}
          directionOf={directory.directionOf}
          onSort={directory.toggleSort}
          linkTo={linkTo}
        />
      </Paper>
      <Text size="sm" c="dimmed" mt="md" data-testid="partners-total">
        {t('partners.total', { total: formatNumber(list.total) })}
      </Text>
    </div>
  );
}
