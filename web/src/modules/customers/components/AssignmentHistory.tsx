import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerPageAssignmentFragment } from '../../../gql/graphql';
import { useCapacityLabels } from '../../capacity/hooks';
import { EmptyRows } from '../../common/components/EmptyRows';
import { useFormatters } from '../../common/hooks/useFormatters';
import { AssignmentStatusBadge } from './AssignmentStatusBadge';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Every assignment the customer had, newest first: who gave it to which firm, and how it ended. */
export function AssignmentHistory({ assignments }: { assignments: readonly CustomerPageAssignmentFragment[] }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { monthLabel } = useCapacityLabels();
  const none = (
    <Text span c="dimmed" size="sm">
      {t('common.none')}
    </Text>
  );
  return (
    <Stack gap="xs">
      <Title order={4}>{t('customers.history.title')}</Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={1100}>
          <Table striped aria-label={t('customers.history.title')} data-testid="assignment-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('customers.history.status')}</Table.Th>
                <Table.Th>{t('customers.history.firm')}</Table.Th>
                <Table.Th>{t('customers.history.lead')}</Table.Th>
                <Table.Th>{t('customers.history.month')}</Table.Th>
                <Table.Th>{t('customers.history.fit')}</Table.Th>
                <Table.Th>{t('customers.history.assigned')}</Table.Th>
                <Table.Th>{t('customers.history.ended')}</Table.Th>
                <Table.Th>{t('customers.history.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assignments.length === 0 ? (
                <EmptyRows colSpan={8} message={t('customers.history.empty')} />
              ) : (
                assignments.map((a) => (
                  <Table.Tr
                    key={a.id}
                    data-testid="assignment-history-row"
                    data-id={a.id}
                    data-status={a.status}
                    data-partner-name={a.partner?.name ?? ''}
                  >
                    <Table.Td style={NOWRAP}>
                      <AssignmentStatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td>
                      {a.partner ? (
                        <Anchor component={Link} to={`/vendor/partners/${a.partner.id}`} size="sm">
                          {a.partner.name}
                        </Anchor>
                      ) : (
                        none
                      )}
                    </Table.Td>
                    <Table.Td>{a.leadConsultant?.displayName ?? none}</Table.Td>
                    <Table.Td style={NOWRAP}>{monthLabel(a.month)}</Table.Td>
                    <Table.Td>{a.fit == null ? none : Math.round(a.fit)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" style={NOWRAP}>
                        {formatDateTime(a.assignedAt)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {a.assignedByEmail ?? t(`customers.history.source.${a.source}`, { defaultValue: a.source })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {a.endedAt ? (
                        <>
                          <Text size="sm" style={NOWRAP}>
                            {formatDateTime(a.endedAt)}
                          </Text>
                          {a.endedByEmail ? (
                            <Text size="xs" c="dimmed">
                              {a.endedByEmail}
                            </Text>
                          ) : null}
                        </>
                      ) : (
                        none
                      )}
                    </Table.Td>
                    <Table.Td>
                      {a.endReason ? (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="assignment-history-reason">
                          {a.endReason}
                        </Text>
                      ) : (
                        none
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </Stack>
  );
}
