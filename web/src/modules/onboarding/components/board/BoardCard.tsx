import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BoardProjectFragment } from '../../../../gql/graphql';
import { completedOn } from '../../board-model';
import { BoardHealthBadge } from './BoardHealthBadge';
import { DueCountdown } from './DueCountdown';
import { useBoardText } from './useBoardText';

/** The project page in the partner portal. */
export const projectPath = (id: string) => `/partner/projects/${id}`;

/** One project on the board: customer, lead, the current phase's deadline, health. */
export function BoardCard({ project, today }: { project: BoardProjectFragment; today: string }) {
  const { t } = useTranslation();
  const { formatDay } = useBoardText();
  const company = project.customer?.companyName ?? t('projectBoard.card.unknownCustomer');
  const phase = project.currentPhase;
  const finished = project.health === 'COMPLETED' ? completedOn(project) : null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="board-card"
      data-id={project.id}
      data-company={company}
      data-health={project.health}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={projectPath(project.id)} fw={600} size="sm" data-testid="board-card-link">
            {company}
          </Anchor>
          <BoardHealthBadge health={project.health} />
        </Group>
        <Text size="xs" c="dimmed" data-testid="board-card-lead">
          {t('projectBoard.card.lead', { name: project.leadConsultant?.displayName ?? t('common.none') })}
        </Text>
        {phase && project.health !== 'CHURNED' ? (
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="xs" data-testid="board-card-due">
              {t('projectBoard.card.due', { date: formatDay(phase.dueDate) })}
            </Text>
            <DueCountdown dueDate={phase.dueDate} today={today} />
          </Group>
        ) : null}
        {finished ? (
          <Text size="xs" c="dimmed">
            {t('projectBoard.card.completedOn', { date: formatDay(finished) })}
          </Text>
        ) : null}
        {project.health === 'CHURNED' ? (
          <Text size="xs" c="dimmed">
            {t('projectBoard.card.startedOn', { date: formatDay(project.startDate) })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
