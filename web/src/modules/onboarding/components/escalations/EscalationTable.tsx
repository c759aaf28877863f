import { Anchor, Button, Skeleton, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EscalationRowFragment } from '../../../../gql/graphql';
import { useFormatters } from '../../../common/hooks/useFormatters';
import { ageMs, firstResponseMs } from '../../escalation-age';
import { statusOf } from '../../escalation-priority';
import { EscalationPriorityBadge, EscalationStatusBadge } from './EscalationBadges';
import { useDuration } from './useDuration';

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 9;

interface Props {
  rows: readonly EscalationRowFragment[];
  loading: boolean;
  now: Date;
  /** Whether the view differs from the default: an empty list then means "no match", not "all answered". */
  filtered: boolean;
  onReset: () => void;
  onOpen: (id: string) => void;
  selectedId: string | null;
}

/** One row per escalation, in the API's order (open first, oldest first); a click opens the conversation. */
export function EscalationTable({ rows, loading, now, filtered, onReset, onOpen, selectedId }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const duration = useDuration();
  const none = t('common.none');
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table highlightOnHover aria-label={t('escalations.title')} data-testid="escalation-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('escalations.columns.priority')}</Table.Th>
            <Table.Th>{t('escalations.columns.age')}</Table.Th>
            <Table.Th>{t('escalations.columns.category')}</Table.Th>
            <Table.Th>{t('escalations.columns.subject')}</Table.Th>
            <Table.Th>{t('escalations.columns.customer')}</Table.Th>
            <Table.Th>{t('escalations.columns.partner')}</Table.Th>
            <Table.Th>{t('escalations.columns.raised')}</Table.Th>
            <Table.Th>{t('escalations.columns.firstResponse')}</Table.Th>
            <Table.Th>{t('escalations.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : rows.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
                  <Text c="dimmed" ta="center">
                    {filtered ? t('escalations.noMatch') : t('escalations.empty')}
                  </Text>
                  {filtered ? (
                    <Button variant="light" size="xs" onClick={onReset} data-testid="escalations-empty-reset">
                      {t('escalations.resetFilters')}
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ) : (
            rows.map((e) => {
              const status = statusOf(e);
              const response = firstResponseMs(e);
              const customer = e.project?.customer?.companyName;
              return (
                <Table.Tr
                  key={e.id}
                  data-testid="escalation-row"
                  data-id={e.id}
                  data-priority={e.priority ?? ''}
                  data-status={status}
                  data-subject={e.subject}
                  onClick={() => onOpen(e.id)}
                  style={{ cursor: 'pointer' }}
                  bg={selectedId === e.id ? 'var(--mantine-primary-color-light)' : undefined}
                >
                  <Table.Td miw={80} style={NOWRAP}>
                    {e.priority ? <EscalationPriorityBadge priority={e.priority} /> : <Text size="sm">{none}</Text>}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <Text size="sm" c={status === 'resolved' ? 'dimmed' : undefined} data-testid="escalation-age">
                      {duration(ageMs(e, now))}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>{t(`escalations.category.${e.category}`)}</Table.Td>
                  <Table.Td miw={180}>
                    <UnstyledButton
                      onClick={(event) => {
                        event.stopPropagation();
                        onOpen(e.id);
                      }}
                      aria-label={t('escalations.openConversation', { subject: e.subject })}
                      data-testid="escalation-row-open"
                    >
                      <Text size="sm" fw={500} lineClamp={2}>
                        {e.subject}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td miw={120}>
                    {customer ? (
                      <Anchor
                        component={Link}
                        to={`/vendor/projects/${e.projectId}`}
                        size="sm"
                        aria-label={t('escalations.openProject', { customer })}
                        onClick={(event) => event.stopPropagation()}
                        data-testid="escalation-row-customer"
                      >
                        {customer}
                      </Anchor>
                    ) : (
                      none
                    )}
                  </Table.Td>
                  <Table.Td miw={100}>{e.project?.partner?.name ?? none}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.raisedByEmail ?? none}</Text>
                    <Text size="xs" c="dimmed" style={NOWRAP}>
                      {formatDateTime(e.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    {response !== null ? (
                      <Text size="sm">{duration(response)}</Text>
                    ) : status === 'open' ? (
                      <Text size="sm" c="orange.8" data-testid="escalation-awaiting">
                        {t('escalations.awaitingResponse')}
                      </Text>
                    ) : (
                      <Text size="sm">{none}</Text>
                    )}
                  </Table.Td>
                  <Table.Td style={NOWRAP}>
                    <EscalationStatusBadge resolvedAt={e.resolvedAt} />
                    {e.resolvedAt ? (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(e.resolvedAt)}
                      </Text>
                    ) : null}
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
