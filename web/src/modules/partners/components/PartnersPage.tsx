import { Button, Group, Paper, Select } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { PAGE_SIZES } from '../directory-query';
import { PartnersQuery } from '../graphql/partners';
import { usePartnerDirectory } from '../hooks/usePartnerDirectory';
import { usePartnersCsv } from '../hooks/usePartnersCsv';
import { PartnersFilters } from './PartnersFilters';
import { PartnersTable } from './PartnersTable';

/** The partner directory: server-side filters, sort and pages, all kept in the URL. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const user = useSession();
  const root = `/${experienceOfRole(user.role)}/partners`;
  const directory = usePartnerDirectory();
  const { query, filter } = directory;
  const { exportCsv, exporting } = usePartnersCsv();
  const { data, previousData, loading, error } = useQuery(PartnersQuery, {
    variables: { filter, sort: query.sort, skip: directory.skip, take: query.take },
  });
  const list = (data ?? previousData)?.partners;

  async function onExport() {
    try {
      await exportCsv(filter, query.sort);
      notifySuccess(t('partners.notify.exported'));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
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
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <PartnersTable
          partners={list?.items ?? []}
          loading={loading}
          filtered={directory.filtered}
          onReset={directory.reset}
          directionOf={directory.directionOf}
          onSort={directory.toggleSort}
          linkTo={(id) => `${root}/${id}`}
        />
      </Paper>
      <ListFooter page={query.page} pageSize={query.take} total={list?.totalItems ?? 0} onPage={directory.setPage} />
      <Group justify="flex-end" mt="xs">
        <Select
          label={t('partners.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && directory.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
          data-testid="partners-page-size"
        />
      </Group>
    </div>
  );
}
