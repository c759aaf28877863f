import { Paper, Skeleton, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentRowFragment } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PartnerAssignmentsQuery } from '../graphql/assignments';
import { partnerTabFilter, type PartnerTab } from '../partner-tabs';
import { DeclineModal } from './DeclineModal';
import { CurrentRow, HistoryRow, IncomingRow } from './PartnerAssignmentRows';

const PAGE_SIZE = 25;

const COLUMNS: Record<PartnerTab, string[]> = {
  incoming: ['customer', 'month', 'lead', 'assigned', 'declineBy', 'actions'],
  current: ['customer', 'month', 'lead', 'assigned', 'accepted'],
  history: ['customer', 'month', 'lead', 'status', 'ended', 'reason'],
};

/** One tab of the partner's assignments, paged. */
export function PartnerAssignmentList({ tab }: { tab: PartnerTab }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [declining, setDeclining] = useState<AssignmentRowFragment | null>(null);
  const { data, previousData, loading, error } = useQuery(PartnerAssignmentsQuery, {
    variables: { filter: partnerTabFilter(tab), skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.assignments;
  const items = list?.items ?? [];
  const columns = COLUMNS[tab];

  return (
    <>
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={960}>
          <Table striped aria-label={t(`assignments.partner.tabs.${tab}`)} data-testid={`partner-${tab}-table`}>
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column}>{t(`assignments.partner.columns.${column}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loading && items.length === 0 ? (
                <Table.Tr>
                  <Table.Td colSpan={columns.length}>
                    <Skeleton height={24} aria-label={t('list.loading')} />
                  </Table.Td>
                </Table.Tr>
              ) : items.length === 0 ? (
                <EmptyRows colSpan={columns.length} message={t(`assignments.partner.empty.${tab}`)} />
              ) : (
                items.map((a) =>
                  tab === 'incoming' ? (
                    <IncomingRow key={a.id} assignment={a} onDecline={() => setDeclining(a)} />
                  ) : tab === 'current' ? (
                    <CurrentRow key={a.id} assignment={a} />
                  ) : (
                    <HistoryRow key={a.id} assignment={a} />
                  ),
                )
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {tab === 'incoming' && items.length > 0 ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('assignments.partner.incomingHint')}
        </Text>
      ) : null}
      <ListFooter page={page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={setPage} />
      {declining ? (
        <DeclineModal
          assignmentId={declining.id}
          companyName={declining.customer?.companyName ?? ''}
          onClose={() => setDeclining(null)}
        />
      ) : null}
    </>
  );
}
