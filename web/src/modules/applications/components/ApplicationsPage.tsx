import { Button, Group, MultiSelect, Paper, Select, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PartnerApplicationStatus } from '../../../gql/graphql';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { APPLICATION_STATUSES } from '../criteria';
import { PartnerApplicationsQuery } from '../graphql/applications';
import { useApplicationList } from '../hooks/useApplicationList';
import { PAGE_SIZES } from '../list-query';
import { ApplicationsTable } from './ApplicationsTable';

/** Incoming partner applications: status filter, search, sort and pages, kept in the URL. */
export default function ApplicationsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const root = `/${experienceOfRole(user.role)}/applications`;
  const list = useApplicationList();
  const { query, filter } = list;
  const { data, previousData, loading, error } = useQuery(PartnerApplicationsQuery, {
    variables: { filter, sort: query.sort, skip: list.skip, take: query.take },
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.partnerApplications;

  return (
    <div data-testid="applications-page">
      <PageHeader title={t('applications.list.title')} />
      <Group align="end" gap="md" mb="md" wrap="wrap" role="search" data-testid="applications-filters">
        <TextInput
          label={t('applications.list.search')}
          placeholder={t('applications.list.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={list.searchInput}
          onChange={(e) => list.setSearchInput(e.currentTarget.value)}
          w={280}
          data-testid="applications-filter-search"
        />
        <MultiSelect
          label={t('applications.list.statuses')}
          placeholder={query.statuses.length ? undefined : t('applications.list.any')}
          data={APPLICATION_STATUSES.map((status) => ({ value: status, label: t(`applications.status.${status}`) }))}
          value={query.statuses}
          onChange={(value) => list.changeFilter({ statuses: value as PartnerApplicationStatus[] })}
          clearable
          w={280}
          comboboxProps={{ withinPortal: true }}
          data-testid="applications-filter-statuses"
        />
        {list.filtered ? (
          <Button
            variant="subtle"
            leftSection={<IconFilterOff size={16} aria-hidden />}
            onClick={list.reset}
            data-testid="applications-filter-reset"
          >
            {t('applications.list.resetFilters')}
          </Button>
        ) : null}
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <ApplicationsTable
          applications={page?.items ?? []}
          loading={loading}
          filtered={list.filtered}
          onReset={list.reset}
          directionOf={list.directionOf}
          onSort={list.toggleSort}
          linkTo={(id) => `${root}/${id}`}
        />
      </Paper>
      <ListFooter page={query.page} pageSize={query.take} total={page?.totalItems ?? 0} onPage={list.setPage} />
      <Group justify="flex-end" mt="xs">
        <Select
          label={t('applications.list.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && list.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
          data-testid="applications-page-size"
        />
      </Group>
    </div>
  );
}
