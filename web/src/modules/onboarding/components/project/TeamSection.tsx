import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from './Section';

interface Member {
  id: string;
  displayName: string;
}

interface Props {
  lead: Member | null;
  team: readonly Member[];
  /** Given when the user may staff the project. */
  onEdit?: () => void;
}

/** The lead consultant and the consultants staffed besides them. */
export function TeamSection({ lead, team, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('onboarding.team.title')}
      testId="project-team-section"
      actions={
        onEdit ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconUsers size={14} aria-hidden />}
            onClick={onEdit}
            data-testid="team-edit"
          >
            {t('onboarding.team.edit')}
          </Button>
        ) : null
      }
    >
      <Stack gap={6}>
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {lead?.displayName ?? t('common.none')}
          </Text>
          <Badge size="sm" variant="light" style={{ textTransform: 'none' }}>
            {t('onboarding.team.lead')}
          </Badge>
        </Group>
        {team.map((member) => (
          <Text key={member.id} size="sm" data-testid="team-member" data-id={member.id}>
            {member.displayName}
          </Text>
        ))}
        {team.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('onboarding.team.empty')}
          </Text>
        ) : null}
      </Stack>
    </Section>
  );
}
