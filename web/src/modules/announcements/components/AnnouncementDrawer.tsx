import { Alert, Anchor, Drawer, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { experienceOfRole, useSession } from '../../auth/hooks/useSession';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { useFormatters } from '../../common/hooks/useFormatters';
import { audienceLabel, productAreaLabel } from '../audience';
import { AnnouncementFirmsQuery, AnnouncementQuery } from '../graphql/announcements';
import { Markdown } from './Markdown';

/** One announcement with its rendered body and who read it (vendor console, auditor view). */
export function AnnouncementDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={id != null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('announcements.detail.title')}
      closeButtonProps={{ 'aria-label': t('announcements.detail.close') }}
    >
      {id ? <AnnouncementDetail id={id} /> : null}
    </Drawer>
  );
}

function AnnouncementDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const user = useSession();
  const partnersRoot = `/${experienceOfRole(user.role)}/partners`;
  const { formatDateTime, formatNumber } = useFormatters();
  const { data, loading, error } = useQuery(AnnouncementQuery, { variables: { id } });
  const firms = useQuery(AnnouncementFirmsQuery);
  const firmNames = useMemo(() => new Map((firms.data?.partners.items ?? []).map((p) => [p.id, p.name])), [firms.data]);

  if (loading && !data) return <Skeleton height={200} aria-label={t('list.loading')} />;
  if (error) return <ErrorAlert error={error} />;
  const a = data?.announcement;
  if (!a) {
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} data-testid="announcement-not-found">
        {t('announcements.notFound')}
      </Alert>
    );
  }
  return (
    <Stack data-testid="announcement-detail">
      <Title order={3}>{a.title}</Title>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('announcements.publishedBy', {
            at: formatDateTime(a.publishedAt),
            email: a.publishedByEmail ?? t('common.none'),
          })}
        </Text>
        <Text size="sm">{audienceLabel(t, a.audienceTiers)}</Text>
      </Group>
      {a.recertificationProductArea ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="announcement-recertification-notice">
          <Stack gap={4}>
            <Text size="sm">
              {t('announcements.recertificationNotice', { area: productAreaLabel(t, a.recertificationProductArea) })}
            </Text>
            <Text size="sm" fw={500}>
              {t('announcements.certificationsMarked', { count: formatNumber(a.certificationsMarked) })}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      <Markdown source={a.body} testId="announcement-body" />
      <Title order={4}>{t('announcements.detail.receipts')}</Title>
      <Table striped aria-label={t('announcements.detail.receipts')} data-testid="announcement-receipts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('announcements.detail.who')}</Table.Th>
            <Table.Th>{t('announcements.detail.firm')}</Table.Th>
            <Table.Th>{t('announcements.detail.at')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {a.readReceipts.length === 0 ? (
            <EmptyRows colSpan={3} message={t('announcements.detail.noReceipts')} />
          ) : (
            a.readReceipts.map((r) => (
              <Table.Tr key={r.id} data-testid="announcement-receipt">
                <Table.Td>{r.userEmail}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`${partnersRoot}/${r.partnerId}`} size="sm">
                    {firmNames.get(r.partnerId) ?? r.partnerId}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDateTime(r.at)}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
