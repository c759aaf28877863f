import { Anchor, Button, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationRowFragment, PartnerApplicationSortField, SortDirection } from '../../../gql/graphql';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import { ApplicationStatusBadge } from './ApplicationStatusBadge';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 7;

interface Props {
  applications: readonly ApplicationRowFragment[];
  loading: boolean;
  filtered: boolean;
  onReset: () => void;
  directionOf: (field: PartnerApplicationSortField) => SortDirection | null;
  onSort: (field: PartnerApplicationSortField) => void;
  linkTo: (id: string) => string;
}

export function ApplicationsTable({ applications, loading, filtered, onReset, directionOf, onSort, linkTo }: Props) {
  const { t } = useTranslation();
  const { formatDate, formatNumber } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover aria-label={t('applications.list.title')} data-testid="applications-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh direction={directionOf('FIRM_NAME')} onSort={() => onSort('FIRM_NAME')}>
              {t('applications.fields.firmName')}
            </SortableTh>
            <Table.Th>{t('applications.fields.reference')}</Table.Th>
            <Table.Th>{t('applications.fields.contactName')}</Table.Th>
            <SortableTh direction={directionOf('STATUS')} onSort={() => onSort('STATUS')}>
              {t('applications.fields.status')}
            </SortableTh>
            <Table.Th>{t('applications.fields.averageScore')}</Table.Th>
            <SortableTh direction={directionOf('CREATED_AT')} onSort={() => onSort('CREATED_AT')}>
              {t('applications.fields.createdAt')}
            </SortableTh>
            <SortableTh direction={directionOf('DECIDED_AT')} onSort={() => onSort('DECIDED_AT')}>
              {t('applications.fields.decidedAt')}
            </SortableTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && applications.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : applications.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {filtered ? t('applications.list.noMatch') : t('applications.list.empty')}
                  </Text>
                  {filtered ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="applications-empty-reset">
                      {t('applications.list.resetFilters')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            applications.map((application) => (
              <Table.Tr key={application.id} data-testid="application-row">
                <Table.Td>
                  <Anchor component={Link} to={linkTo(application.id)} fw={500} data-testid="application-link">
                    {application.firmName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t(`enums.PartnerKind.${application.kind}`)}
                  </Text>
                </Table.Td>
                <Table.Td style={NOWRAP} ff="monospace">
                  {application.reference}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{application.contactName}</Text>
                  <Text size="xs" c="dimmed">
                    {application.contactEmail}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ApplicationStatusBadge status={application.status} />
                </Table.Td>
                <Table.Td style={NOWRAP}>
                  {application.averageScore == null ? t('common.none') : formatNumber(application.averageScore)}
                </Table.Td>
                <Table.Td style={NOWRAP}>{formatDate(application.createdAt)}</Table.Td>
                <Table.Td style={NOWRAP}>
                  {application.decidedAt ? formatDate(application.decidedAt) : t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
