import { Button, Paper } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ListFooter } from '../../common/components/ListFooter';
import { PageHeader } from '../../common/components/PageHeader';
import { usePageParams } from '../../common/hooks/usePageParams';
import { AnnouncementsQuery } from '../graphql/announcements';
import { AnnouncementDrawer } from './AnnouncementDrawer';
import { AnnouncementsTable } from './AnnouncementsTable';
import { PublishAnnouncementModal } from './PublishAnnouncementModal';

const PAGE_SIZE = 25;
const PUBLISHERS = ['VENDOR_ADMIN', 'VENDOR_STAFF'];

/** Announcements in the vendor console (publish, read receipts) and the auditor view (read-only). */
export default function AnnouncementsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const canPublish = PUBLISHERS.includes(user.role);
  const { page, setPage, skip, take } = usePageParams(PAGE_SIZE);
  const [publishing, setPublishing] = useState(false);
  const [params, setParams] = useSearchParams();
  const openId = params.get('id');
  const { data, previousData, loading, error } = useQuery(AnnouncementsQuery, { variables: { skip, take } });
  const list = (data ?? previousData)?.announcements;

  function open(id: string | null) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('id', id);
        else next.delete('id');
        return next;
      },
      { replace: true },
    );
  }

  return (
    <div data-testid="announcements-page">
      <PageHeader
        title={t('announcements.title')}
        actions={
          canPublish ? (
            <Button
              leftSection={<IconSpeakerphone size={16} aria-hidden />}
              onClick={() => setPublishing(true)}
              data-testid="announcements-publish"
            >
              {t('announcements.publish')}
            </Button>
          ) : null
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      <Paper withBorder radius="md">
        <AnnouncementsTable announcements={list?.items ?? []} loading={loading} onOpen={open} />
      </Paper>
      <ListFooter page={page} pageSize={PAGE_SIZE} total={list?.totalItems ?? 0} onPage={setPage} />
      {publishing ? <PublishAnnouncementModal onClose={() => setPublishing(false)} /> : null}
      <AnnouncementDrawer id={openId} onClose={() => open(null)} />
    </div>
  );
}
