import { Anchor, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnnouncementsQuery } from '../../../gql/graphql';
import { EmptyRows } from '../../common/components/EmptyRows';
import { useFormatters } from '../../common/hooks/useFormatters';
import { audienceLabel } from '../audience';
import { RecertificationBadge } from './RecertificationBadge';

export type AnnouncementRow = AnnouncementsQuery['announcements']['items'][number];

const NOWRAP = { whiteSpace: 'nowrap' } as const;
const COLUMNS = 5;

interface Props {
  announcements: readonly AnnouncementRow[];
  loading: boolean;
  onOpen: (id: string) => void;
}

/** Published announcements, newest first, with their audience and how many have read each. */
export function AnnouncementsTable({ announcements, loading, onOpen }: Props) {
  const { t } = useTranslation();
  const { formatDateTime, formatNumber } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover aria-label={t('announcements.title')} data-testid="announcements-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('announcements.columns.title')}</Table.Th>
            <Table.Th>{t('announcements.columns.audience')}</Table.Th>
            <Table.Th>{t('announcements.columns.recertification')}</Table.Th>
            <Table.Th>{t('announcements.columns.published')}</Table.Th>
            <Table.Th>{t('announcements.columns.reads')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && announcements.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : announcements.length === 0 ? (
            <EmptyRows colSpan={COLUMNS} message={t('announcements.empty')} />
          ) : (
            announcements.map((a) => (
              <Table.Tr key={a.id} data-testid="announcement-row">
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    fw={500}
                    ta="left"
                    onClick={() => onOpen(a.id)}
                    data-testid="announcement-open"
                  >
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td data-testid="announcement-audience">{audienceLabel(t, a.audienceTiers)}</Table.Td>
                <Table.Td>
                  {a.recertificationProductArea ? (
                    <RecertificationBadge area={a.recertificationProductArea} />
                  ) : (
                    <Text span c="dimmed">
                      {t('common.none')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" style={NOWRAP}>
                      {formatDateTime(a.publishedAt)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {a.publishedByEmail ?? t('common.none')}
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td style={NOWRAP} data-testid="announcement-reads">
                  {t('announcements.readCount', { count: formatNumber(a.readReceipts.length) })}
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
