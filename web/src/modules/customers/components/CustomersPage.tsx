import { Badge, Button, Group, Paper, Select, Tabs } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload, IconPlus, IconSparkles, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { CustomersListQuery, CustomersQueueCountQuery } from '../graphql/customers';
import { useCustomerList } from '../hooks/useCustomerList';
import { useCustomersCsv } from '../hooks/useCustomersCsv';
import { csvFileName, PAGE_SIZES, type CustomerTab } from '../list-query';
import { CustomerFormModal } from './CustomerFormModal';
import { CustomersFilters } from './CustomersFilters';
import { CustomersTable } from './CustomersTable';

/** Customer accounts: the unassigned queue (default) and every customer, filters and page in the URL. */
export default function CustomersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useCustomerList();
  const { query, filter } = list;
  const [creating, setCreating] = useState(false);
  const { exportCsv, exporting } = useCustomersCsv();
  const { data, previousData, loading, error } = useQuery(CustomersListQuery, {
    variables: { filter, sort: query.sort, skip: list.skip, take: query.take },
    // Assignments made elsewhere (customer page, auto-assignment) move customers out of the queue.
    fetchPolicy: 'cache-and-network',
  });
  const queueCount = useQuery(CustomersQueueCountQuery, { fetchPolicy: 'cache-and-network' }).data?.customers
    .totalItems;
  const page = (data ?? previousData)?.customers;

  async function onExport() {
    try {
      await exportCsv(filter, query.sort, csvFileName(query.tab, new Date()));
      notifySuccess(t('customers.notify.exported'));
    } catch (exportError) {
      notifyError(faultMessage(exportError, t));
    }
  }

  return (
    <div data-testid="customers-page">
      <PageHeader
        title={t('customers.title')}
        actions={
          <>
            {query.tab === 'queue' ? (
              <Button
                component={Link}
                to="/vendor/assignments/auto"
                variant="light"
                leftSection={<IconSparkles size={16} aria-hidden />}
                data-testid="customers-auto-assign"
              >
                {t('customers.autoAssign')}
              </Button>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconDownload size={16} aria-hidden />}
              loading={exporting}
              onClick={() => void onExport()}
              data-testid="customers-csv"
            >
              {t('customers.exportCsv')}
            </Button>
            <Button
              component={Link}
              to="/vendor/customers/import"
              variant="default"
              leftSection={<IconUpload size={16} aria-hidden />}
              data-testid="customers-import"
            >
              {t('customers.importCsv')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="customers-new"
            >
              {t('customers.new')}
            </Button>
          </>
        }
      />
      <Tabs value={query.tab} onChange={(value) => value && list.setTab(value as CustomerTab)} mb="md">
        <Tabs.List>
          <Tabs.Tab
            value="queue"
            data-testid="customers-tab-queue"
            rightSection={
              queueCount == null ? null : (
                <Badge
                  size="sm"
                  variant="light"
                  color={queueCount > 0 ? 'orange' : 'gray'}
                  data-testid="customers-queue-count"
                >
                  {queueCount}
                </Badge>
              )
            }
          >
            {t('customers.tabs.queue')}
          </Tabs.Tab>
          <Tabs.Tab value="all" data-testid="customers-tab-all">
            {t('customers.tabs.all')}
          </Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <CustomersFilters
        query={query}
        searchInput={list.searchInput}
        onSearch={list.setSearchInput}
        onChange={list.changeFilter}
        filtered={list.filtered}
        onReset={list.reset}
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md" mt="sm">
        <CustomersTable
          tab={query.tab}
          customers={page?.items ?? []}
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
          label={t('customers.pageSize')}
          data={PAGE_SIZES.map(String)}
          value={String(query.take)}
          onChange={(value) => value && list.changeFilter({ take: Number(value) })}
          allowDeselect={false}
          w={120}
          size="xs"
          data-testid="customers-page-size"
        />
      </Group>
      {creating ? (
        <CustomerFormModal
          onClose={() => setCreating(false)}
          onSaved={(customer) => {
            setCreating(false);
            void navigate(`/vendor/customers/${customer.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
