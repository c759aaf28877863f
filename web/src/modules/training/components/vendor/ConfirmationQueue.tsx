import { Anchor, Button, Group, Paper, Skeleton, Table, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRows } from '../../../common/components/EmptyRows';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { vocabLabel } from '../../../partners/vocabulary';
import { useConfirmationQueue, type PendingResult } from '../../hooks/useConfirmationQueue';
import { ConfirmResultModal } from '../matrix/ConfirmResultModal';
import { ModuleKindBadge } from '../TrainingBadges';

const COLUMNS = 7;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Completed role-plays and OJT of every firm, waiting for vendor staff to judge them. */
export function ConfirmationQueue() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { items, error, loading, reload } = useConfirmationQueue();
  const [open, setOpen] = useState<PendingResult | null>(null);

  return (
    <div data-testid="confirmation-queue">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('training.queue.intro')}
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} aria-hidden />}
          loading={loading}
          onClick={() => void reload()}
          data-testid="queue-refresh"
        >
          {t('training.queue.refresh')}
        </Button>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover aria-label={t('training.queue.title')} data-testid="queue-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.queue.columns.firm')}</Table.Th>
                <Table.Th>{t('training.queue.columns.consultant')}</Table.Th>
                <Table.Th>{t('training.queue.columns.module')}</Table.Th>
                <Table.Th>{t('training.queue.columns.date')}</Table.Th>
                <Table.Th>{t('training.queue.columns.score')}</Table.Th>
                <Table.Th>{t('training.queue.columns.reportedBy')}</Table.Th>
                <Table.Th>{t('training.queue.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items === null ? (
                <Table.Tr>
                  <Table.Td colSpan={COLUMNS}>
                    <Skeleton height={24} aria-label={t('list.loading')} />
                  </Table.Td>
                </Table.Tr>
              ) : items.length === 0 ? (
                <EmptyRows colSpan={COLUMNS} message={t('training.queue.empty')} />
              ) : (
                items.map((item) => (
                  <Table.Tr key={item.record.id} data-testid="queue-row" data-email={item.consultant.email}>
                    <Table.Td>
                      {item.consultant.partner ? (
                        <Anchor component={Link} to={`/vendor/partners/${item.consultant.partner.id}`} size="sm">
                          {item.consultant.partner.name}
                        </Anchor>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {item.consultant.displayName}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {item.consultant.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{item.module.title}</Text>
                        <ModuleKindBadge kind={item.module.kind} />
                      </Group>
                      <Text size="xs" c="dimmed">
                        {vocabLabel(t, 'productModule', item.module.productArea)}
                      </Text>
                    </Table.Td>
                    <Table.Td style={NOWRAP}>
                      {item.record.date ? formatDate(item.record.date) : t('common.none')}
                    </Table.Td>
                    <Table.Td>{item.record.score ?? t('common.none')}</Table.Td>
                    <Table.Td>{item.record.recordedByEmail ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      <Button size="xs" onClick={() => setOpen(item)} data-testid="queue-confirm">
                        {t('training.queue.review')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      {open ? (
        <ConfirmResultModal
          consultantName={open.consultant.displayName}
          module={open.module}
          record={open.record}
          onClose={() => {
            setOpen(null);
            void reload();
          }}
        />
      ) : null}
    </div>
  );
}
