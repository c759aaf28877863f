import { Anchor, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { SortableTh } from '../../common/components/SortableTh';
import { downloadText } from '../../common/csv';
import { useFormatters } from '../../common/hooks/useFormatters';
import { TierAdminReviewCyclesQuery } from './graphql';
import { OpenReviewCycleForm } from './OpenReviewCycleForm';
import { cyclesCsv, progressOf, sortCycles, type CycleSort, type CycleSortKey } from './review-cycles';

const SORTABLE: CycleSortKey[] = ['name', 'periodFrom', 'openedAt'];
const CSV_COLUMNS = ['name', 'periodFrom', 'periodTo', 'openedAt', 'openedBy', 'finalized', 'reviews'];

/** Review cycles with their progress; vendor admins open new ones here. */
export function ReviewCyclesCard({ canOpen }: { canOpen: boolean }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [sort, setSort] = useState<CycleSort>({ key: 'periodFrom', direction: 'DESC' });
  const { data, error } = useQuery(TierAdminReviewCyclesQuery, { fetchPolicy: 'cache-and-network' });
  const rows = sortCycles(data?.reviewCycles ?? [], sort);
  const toggle = (key: CycleSortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'ASC' ? 'DESC' : 'ASC' }));
  const header = CSV_COLUMNS.map((c) => t(`tierAdmin.cycles.csv.${c}`));
  return (
    <Paper withBorder radius="md" p="md" data-testid="review-cycles">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {t('tierAdmin.cycles.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={rows.length === 0}
            onClick={() => downloadText('review-cycles.csv', cyclesCsv(rows, header))}
            data-testid="review-cycles-csv"
          >
            {t('tierAdmin.cycles.csvButton')}
          </Button>
        </Group>
        {canOpen ? <OpenReviewCycleForm /> : null}
        {error ? <ErrorAlert error={error} /> : null}
        <Table.ScrollContainer minWidth={720}>
          <Table striped data-testid="review-cycles-table">
            <Table.Thead>
              <Table.Tr>
                {SORTABLE.map((c) => (
                  <SortableTh key={c} direction={sort.key === c ? sort.direction : null} onSort={() => toggle(c)}>
                    {t(`tierAdmin.cycles.col.${c}`)}
                  </SortableTh>
                ))}
                <Table.Th>{t('tierAdmin.cycles.col.openedBy')}</Table.Th>
                <SortableTh
                  direction={sort.key === 'progress' ? sort.direction : null}
                  onSort={() => toggle('progress')}
                >
                  {t('tierAdmin.cycles.col.progress')}
                </SortableTh>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data && rows.length === 0 ? <EmptyRows colSpan={5} message={t('tierAdmin.cycles.empty')} /> : null}
              {rows.map((c) => (
                <Table.Tr key={c.id} data-testid="review-cycle-row" data-cycle={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/vendor/reviews?cycle=${encodeURIComponent(c.id)}`} size="sm">
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t('tierAdmin.cycles.period', { from: c.periodFrom, to: c.periodTo })}</Table.Td>
                  <Table.Td>{formatDateTime(c.openedAt)}</Table.Td>
                  <Table.Td>{c.openedByEmail ?? t('common.none')}</Table.Td>
                  <Table.Td miw={160}>
                    <Text size="xs" data-testid="review-cycle-progress">
                      {t('tierAdmin.cycles.progress', { finalized: c.finalizedCount, reviews: c.reviewCount })}
                    </Text>
                    <Progress
                      value={progressOf(c) * 100}
                      color={c.reviewCount > 0 && c.finalizedCount === c.reviewCount ? 'green' : 'blue'}
                      aria-label={t('tierAdmin.cycles.col.progress')}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
