import { Anchor, Button, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerSortField, CustomersListRowFragment, SortDirection } from '../../../gql/graphql';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../../partners/vocabulary';
import type { CustomerTab } from '../list-query';
import { segmentLabel } from '../vocabulary';
import { ProductBadges } from './ProductBadges';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

interface Props {
  tab: CustomerTab;
  customers: readonly CustomersListRowFragment[];
  loading: boolean;
  /** Whether any filter is set: an empty list then means "no match", not "nobody". */
  filtered: boolean;
  onReset: () => void;
  directionOf: (field: CustomerSortField) => SortDirection | null;
  onSort: (field: CustomerSortField) => void;
}

/** A page of customer accounts; the firm column only on the "all" tab (the queue has none). */
export function CustomersTable({ tab, customers, loading, filtered, onReset, directionOf, onSort }: Props) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const withFirm = tab === 'all';
  const columns = withFirm ? 9 : 8;
  const sortable = (field: CustomerSortField, label: string) => (
    <SortableTh direction={directionOf(field)} onSort={() => onSort(field)}>
      {label}
    </SortableTh>
  );

  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover aria-label={t('customers.title')} data-testid="customers-table">
        <Table.Thead>
          <Table.Tr>
            {sortable('COMPANY_NAME', t('customers.columns.company'))}
            <Table.Th>{t('customers.columns.externalId')}</Table.Th>
            {sortable('INDUSTRY', t('customers.columns.industry'))}
            <Table.Th>{t('customers.columns.employees')}</Table.Th>
            {sortable('PREFECTURE', t('customers.columns.prefecture'))}
            <Table.Th>{t('customers.columns.products')}</Table.Th>
            {sortable('CONTRACT_DATE', t('customers.columns.contractDate'))}
            {sortable('SEGMENT', t('customers.columns.segment'))}
            {withFirm ? <Table.Th>{t('customers.columns.firm')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && customers.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : customers.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {filtered
                      ? t('customers.empty.noMatch')
                      : tab === 'queue'
                        ? t('customers.empty.queue')
                        : t('customers.empty.all')}
                  </Text>
                  {filtered ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="customers-empty-reset">
                      {t('customers.filters.reset')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            customers.map((customer) => (
              <Table.Tr
                key={customer.id}
                data-testid="customer-row"
                data-id={customer.id}
                data-external-id={customer.externalId ?? ''}
                data-company={customer.companyName}
                data-assigned={customer.partnerId ? 'true' : 'false'}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/vendor/customers/${customer.id}`} fw={500} data-testid="customer-link">
                    {customer.companyName}
                  </Anchor>
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  {customer.externalId ?? (
                    <Text span c="dimmed">
                      {t('common.none')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{vocabLabel(t, 'industry', customer.industry)}</Table.Td>
                <Table.Td style={NOWRAP}>{vocabLabel(t, 'sizeBand', customer.employeeBand)}</Table.Td>
                <Table.Td style={NOWRAP}>{vocabLabel(t, 'region', customer.prefecture)}</Table.Td>
                <Table.Td>
                  <ProductBadges products={customer.products} />
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatDate(`${customer.contractDate}T00:00:00`)}</Table.Td>
                <Table.Td style={NOWRAP}>{segmentLabel(t, customer.segment)}</Table.Td>
                {withFirm ? (
                  <Table.Td>
                    {customer.partner ? (
                      <Anchor
                        component={Link}
                        to={`/vendor/partners/${customer.partner.id}`}
                        size="sm"
                        data-testid="customer-firm-link"
                      >
                        {customer.partner.name}
                      </Anchor>
                    ) : (
                      <Text span c="dimmed" size="sm">
                        {t('customers.inQueue')}
                      </Text>
                    )}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
