import { Badge } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UnreadAnnouncementsQuery } from '../graphql/announcements';

/** How many of the latest announcements are counted for the badge ("50+" beyond). */
const WINDOW = 50;

/** The unread count beside the partner portal's "Announcements" navigation item (nothing when 0). */
export default function UnreadAnnouncementsBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(UnreadAnnouncementsQuery, { variables: { take: WINDOW } });
  const unread = (data?.announcements.items ?? []).filter((a) => !a.acknowledgedByMe).length;
  if (unread === 0) return null;
  const count = unread >= WINDOW ? `${WINDOW}+` : String(unread);
  return (
    <Badge
      size="sm"
      circle={unread < 10}
      color="blue"
      aria-label={t('announcements.unreadCount', { count })}
      data-testid="unread-announcements-badge"
    >
      {count}
    </Badge>
  );
}
