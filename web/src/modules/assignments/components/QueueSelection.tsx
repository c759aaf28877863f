import { Button, Checkbox, Group, Paper, Skeleton, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentCustomerFragment } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../../partners/vocabulary';
import { AutoAssignmentQueueQuery } from '../graphql/assignments';

const PAGE_SIZE = 100;
const COLUMNS = 6;

interface Props {
  selected: ReadonlyMap<string, AssignmentCustomerFragment>;
  onChange: (next: Map<string, AssignmentCustomerFragment>) => void;
}

/** The queue (customers no firm holds), paged, from which the user picks the customers to propose for. */
export function QueueSelection({ selected, onChange }: Props) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  useEffect(() => setPage(1), [debounced]);
  const { data, previousData, loading, error } = useQuery(AutoAssignmentQueueQuery, {
    variables: { search: debounced || null, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.customers;
  const items = list?.items ?? [];
  const allOnPage = items.length > 0 && items.every((c) => selected.has(c.id));
  const someOnPage = items.some((c) => selected.has(c.id));

  function toggle(customer: AssignmentCustomerFragment, on: boolean) {
    const next = new Map(selected);
    if (on) next.set(customer.id, customer);
    else next.delete(customer.id);
    onChange(next);
  }

  function togglePage(on: boolean) {
    const next = new Map(selected);
    for (const c of items) {
      if (on) next.set(c.id, c);
      else next.delete(c.id);
    }
    onChange(next);
  }

  return (
    <Paper withBorder radius="md" p="sm" data-testid="auto-selection">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <TextInput
          placeholder={t('assignments.auto.searchQueue')}
          aria-label={t('assignments.auto.searchQueue')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={280}
          data-testid="auto-selection-search"
        />
        <Group gap="sm">
          <Text size="sm" data-testid="auto-selected-count">
            {t('assignments.auto.selectedCount', { count: selected.size, total: list?.totalItems ?? 0 })}
          </Text>
          {selected.size > 0 ? (
            <Button variant="subtle" size="xs" onClick={() => onChange(new Map())} data-testid="auto-selection-clear">
              {t('assignments.auto.clearSelection')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <Table.ScrollContainer minWidth={760} mah={420}>
        <Table striped highlightOnHover stickyHeader aria-label={t('assignments.auto.queue')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <Checkbox
                  checked={allOnPage}
                  indeterminate={someOnPage && !allOnPage}
                  onChange={(e) => togglePage(e.currentTarget.checked)}
                  aria-label={t('assignments.auto.selectPage')}
                  data-testid="auto-select-page"
                />
              </Table.Th>
              <Table.Th>{t('assignments.columns.customer')}</Table.Th>
              <Table.Th>{t('assignments.auto.columns.industry')}</Table.Th>
              <Table.Th>{t('assignments.auto.columns.region')}</Table.Th>
              <Table.Th>{t('assignments.auto.columns.products')}</Table.Th>
              <Table.Th>{t('assignments.auto.columns.contractDate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loading && items.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={COLUMNS}>
                  <Skeleton height={24} aria-label={t('list.loading')} />
                </Table.Td>
              </Table.Tr>
            ) : items.length === 0 ? (
              <EmptyRows
                colSpan={COLUMNS}
                message={t(debounced ? 'assignments.auto.queueNoMatch' : 'assignments.auto.queueEmpty')}
              />
            ) : (
              items.map((c) => (
                <Table.Tr key={c.id} data-testid="auto-queue-row" data-company={c.companyName}>
                  <Table.Td>
                    <Checkbox
                      checked={selected.has(c.id)}
                      onChange={(e) => toggle(c, e.currentTarget.checked)}
                      aria-label={t('assignments.auto.selectCustomer', { company: c.companyName })}
                      data-testid="auto-select-row"
                      data-company={c.companyName}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.companyName}
                    </Text>
                    {c.externalId ? (
                      <Text size="xs" c="dimmed">
                        {c.externalId}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{vocabLabel(t, 'industry', c.industry)}</Table.Td>
                  <Table.Td>{vocabLabel(t, 'region', c.prefecture)}</Table.Td>
                  <Table.Td>{c.products.map((p) => vocabLabel(t, 'productModule', p)).join(', ')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.contractDate)}</Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListFooter page={page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={setPage} />
    </Paper>
  );
}
