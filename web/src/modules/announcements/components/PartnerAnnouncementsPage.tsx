import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnnouncementFieldsFragment } from '../../../gql/graphql';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { faultMessage } from '../../common/fault-message';
import { useFormatters } from '../../common/hooks/useFormatters';
import { usePageParams } from '../../common/hooks/usePageParams';
import { notifyError, notifySuccess } from '../../common/notify';
import { productAreaLabel } from '../audience';
import { AcknowledgeAnnouncementMutation, PartnerAnnouncementsQuery } from '../graphql/announcements';
import { Markdown } from './Markdown';

const PAGE_SIZE = 10;

/** The partner portal's announcements, newest first; unread ones stand out until acknowledged. */
export default function PartnerAnnouncementsPage() {
  const { t } = useTranslation();
  const { page, setPage, skip, take } = usePageParams(PAGE_SIZE);
  const { data, previousData, loading, error } = useQuery(PartnerAnnouncementsQuery, { variables: { skip, take } });
  const list = (data ?? previousData)?.announcements;
  const items = list?.items ?? [];

  return (
    <div data-testid="partner-announcements-page">
      <PageHeader title={t('announcements.title')} />
      {error ? <ErrorAlert error={error} /> : null}
      {loading && items.length === 0 ? (
        <Skeleton height={120} aria-label={t('list.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg" data-testid="empty-state">
          {t('announcements.partnerEmpty')}
        </Text>
      ) : (
        <Stack>
          {items.map((a) => (
            <AnnouncementCard key={a.id} announcement={a} />
          ))}
        </Stack>
      )}
      <ListFooter page={page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={setPage} />
    </div>
  );
}

function AnnouncementCard({ announcement: a }: { announcement: AnnouncementFieldsFragment }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const unread = !a.acknowledgedByMe;
  // The result is normalized into the cache: this card and the navigation's unread count update.
  const [acknowledge, { loading }] = useMutation(AcknowledgeAnnouncementMutation);

  async function onAcknowledge() {
    try {
      const { data } = await acknowledge({ variables: { id: a.id } });
      const result = data?.acknowledgeAnnouncement;
      if (!result) return;
      if (result.__typename === 'Announcement') {
        notifySuccess(t('announcements.notify.acknowledged', { title: result.title }));
      } else {
        notifyError(result.message);
      }
    } catch (error) {
      notifyError(faultMessage(error, t));
    }
  }

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      data-testid="partner-announcement"
      data-unread={unread ? 'true' : 'false'}
      style={unread ? { borderLeft: '4px solid var(--mantine-color-blue-filled)' } : undefined}
      bg={unread ? 'var(--mantine-color-blue-light)' : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3} size="h4" data-testid="partner-announcement-title">
                {a.title}
              </Title>
              {unread ? (
                <Badge color="blue" size="sm" data-testid="partner-announcement-new">
                  {t('announcements.new')}
                </Badge>
              ) : null}
            </Group>
            <Text size="xs" c="dimmed">
              {t('announcements.publishedAt', { at: formatDateTime(a.publishedAt) })}
            </Text>
          </Stack>
          {unread ? (
            <Button
              size="xs"
              loading={loading}
              onClick={() => void onAcknowledge()}
              data-testid="partner-announcement-acknowledge"
            >
              {t('announcements.acknowledge')}
            </Button>
          ) : (
            <Badge
              color="green"
              variant="light"
              leftSection={<IconCheck size={12} aria-hidden />}
              style={{ textTransform: 'none' }}
              data-testid="partner-announcement-acknowledged"
            >
              {t('announcements.acknowledged')}
            </Badge>
          )}
        </Group>
        {a.recertificationProductArea ? (
          <Alert
            color="orange"
            icon={<IconAlertTriangle size={18} />}
            data-testid="partner-announcement-recertification"
          >
            {t('announcements.recertificationNotice', { area: productAreaLabel(t, a.recertificationProductArea) })}
          </Alert>
        ) : null}
        <Markdown source={a.body} testId="partner-announcement-body" />
      </Stack>
    </Card>
  );
}
