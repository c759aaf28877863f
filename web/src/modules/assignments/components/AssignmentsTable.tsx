import { Anchor, Badge, Button, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssignmentRowFragment, AssignmentSortField, SortDirection } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import { displayStatus } from '../assignment-status';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 10;

interface Props {
  assignments: readonly AssignmentRowFragment[];
  loading: boolean;
  /** Whether any filter is set: an empty list then means "no match", not "nothing yet". */
  filtered: boolean;
  onReset: () => void;
  directionOf: (field: AssignmentSortField) => SortDirection | null;
  onSort: (field: AssignmentSortField) => void;
}

export function AssignmentsTable({ assignments, loading, filtered, onReset, directionOf, onSort }: Props) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime, formatNumber } = useFormatters();
  const { monthLabel } = useCapacityLabels();
  return (
    <Table.ScrollContainer minWidth={1360}>
      <Table striped highlightOnHover aria-label={t('assignments.title')} data-testid="assignments-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assignments.columns.customer')}</Table.Th>
            <Table.Th>{t('assignments.columns.partner')}</Table.Th>
            <Table.Th>{t('assignments.columns.lead')}</Table.Th>
            <SortableTh direction={directionOf('MONTH')} onSort={() => onSort('MONTH')}>
              {t('assignments.columns.month')}
            </SortableTh>
            <SortableTh direction={directionOf('STATUS')} onSort={() => onSort('STATUS')}>
              {t('assignments.columns.status')}
            </SortableTh>
            <Table.Th>{t('assignments.columns.source')}</Table.Th>
            <Table.Th>{t('assignments.columns.fit')}</Table.Th>
            <SortableTh direction={directionOf('ASSIGNED_AT')} onSort={() => onSort('ASSIGNED_AT')}>
              {t('assignments.columns.assigned')}
            </SortableTh>
            <SortableTh direction={directionOf('DECLINE_BY')} onSort={() => onSort('DECLINE_BY')}>
              {t('assignments.columns.declineBy')}
            </SortableTh>
            <Table.Th>{t('assignments.columns.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && assignments.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : assignments.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {filtered ? t('assignments.noMatch') : t('assignments.empty')}
                  </Text>
                  {filtered ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="assignments-empty-reset">
                      {t('assignments.resetFilters')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            assignments.map((a) => {
              const shown = displayStatus(a);
              return (
                <Table.Tr
                  key={a.id}
                  data-testid="assignment-row"
                  data-id={a.id}
                  data-status={a.status}
                  data-display-status={shown}
                  data-customer={a.customer?.companyName ?? ''}
                  data-partner={a.partner?.name ?? ''}
                  data-accepted={a.acceptedAt ? 'true' : 'false'}
                >
                  <Table.Td miw={160}>
                    <Anchor component={Link} to={`/vendor/customers/${a.customerId}`} fw={500}>
                      {a.customer?.companyName ?? t('common.none')}
                    </Anchor>
                    {a.customer?.externalId ? (
                      <Text size="xs" c="dimmed">
                        {a.customer.externalId}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td miw={140}>{a.partner?.name ?? t('common.none')}</Table.Td>
                  <Table.Td>{a.leadConsultant?.displayName ?? t('common.none')}</Table.Td>
                  <Table.Td style={NOWRAP}>{monthLabel(a.month)}</Table.Td>
                  <Table.Td style={{ ...NOWRAP, minWidth: 180 }}>
                    <AssignmentStatusBadge status={a.status} acceptedAt={a.acceptedAt ?? null} />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="outline"
                      color={a.source === 'AUTO' ? 'indigo' : 'gray'}
                      style={{ textTransform: 'none' }}
                    >
                      {t(`assignments.source.${a.source}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{a.fit == null ? t('common.none') : formatNumber(a.fit)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={NOWRAP}>
                      {formatDateTime(a.assignedAt)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.assignedByEmail ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    {shown === 'AWAITING' ? formatDate(a.declineBy) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <Outcome assignment={a} />
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** When and by whom the firm accepted, or why it ended. */
function Outcome({ assignment: a }: { assignment: AssignmentRowFragment }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  if (a.endedAt) {
    return (
      <>
        <Text size="xs" c="dimmed">
          {t('assignments.endedBy', { at: formatDateTime(a.endedAt), by: a.endedByEmail ?? t('common.none') })}
        </Text>
        {a.endReason ? (
          <Text size="sm" lineClamp={2} title={a.endReason}>
            {a.endReason}
          </Text>
        ) : null}
      </>
    );
  }
  if (a.acceptedAt) {
    return (
      <Text size="xs" c="dimmed">
        {t('assignments.acceptedBy', { at: formatDateTime(a.acceptedAt), by: a.acceptedByEmail ?? t('common.none') })}
      </Text>
    );
  }
  return <Text c="dimmed">{t('common.none')}</Text>;
}
