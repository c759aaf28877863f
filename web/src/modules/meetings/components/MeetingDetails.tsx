import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItemFieldsFragment, MeetingFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { ProjectHealthBadge } from '../../onboarding/components/project/ProjectHealthBadge';
import { ActionItemList } from './ActionItemList';

interface Props {
  meeting: MeetingFieldsFragment;
  today: string;
  /** `/vendor/projects` or `/partner/projects`. */
  projectsRoot: string;
  onComplete: ((item: ActionItemFieldsFragment) => void) | null;
  pendingId: string | null;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={5}>{title}</Title>
      {children}
    </Stack>
  );
}

/** The expanded meeting: notes as written (line breaks kept), projects discussed, action items. */
export function MeetingDetails({ meeting, today, projectsRoot, onComplete, pendingId }: Props) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Stack gap="md" p="sm" data-testid="meeting-details" data-id={meeting.id}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('meetings.details.notes')}>
          {meeting.notes.trim() ? (
            // Plain text: the notes are never interpreted as markup; line breaks are kept as typed.
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="meeting-notes">
              {meeting.notes}
            </Text>
          ) : (
            <Text size="sm" c="dimmed" data-testid="meeting-notes">
              {t('meetings.details.noNotes')}
            </Text>
          )}
        </Section>
        <Stack gap="md">
          <Section title={t('meetings.details.attendees')}>
            <Text size="sm" c={meeting.attendees.length ? undefined : 'dimmed'}>
              {meeting.attendees.length
                ? meeting.attendees.join(t('meetings.listSeparator'))
                : t('meetings.details.noAttendees')}
            </Text>
          </Section>
          <Section title={t('meetings.details.projects')}>
            {meeting.projects.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('meetings.details.noProjects')}
              </Text>
            ) : (
              <Stack gap={4}>
                {meeting.projects.map((project) => (
                  <Group key={project.id} gap="xs">
                    <Anchor
                      component={Link}
                      to={`${projectsRoot}/${project.id}`}
                      size="sm"
                      data-testid="meeting-project-link"
                      data-id={project.id}
                    >
                      {project.customer?.companyName ?? t('meetings.details.unnamedProject')}
                    </Anchor>
                    <ProjectHealthBadge health={project.health} />
                  </Group>
                ))}
              </Stack>
            )}
          </Section>
        </Stack>
      </SimpleGrid>
      <Section title={t('meetings.details.actionItems')}>
        <ActionItemList items={meeting.actionItems} today={today} onComplete={onComplete} pendingId={pendingId} />
      </Section>
      <Text size="xs" c="dimmed">
        {meeting.createdByEmail
          ? t('meetings.details.recordedBy', { email: meeting.createdByEmail, at: formatDateTime(meeting.createdAt) })
          : t('meetings.details.recordedAt', { at: formatDateTime(meeting.createdAt) })}
      </Text>
    </Stack>
  );
}
