import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BoardProjectFragment } from '../../../../gql/graphql';
import { DUE_SOON_DAYS } from '../../board-model';
import { projectPath } from './BoardCard';
import { BoardHealthBadge } from './BoardHealthBadge';
import { DueCountdown } from './DueCountdown';
import { useBoardText } from './useBoardText';

/** Current phases due within the next 7 days or overdue, soonest due first. */
export function DueSoonList({ projects, today }: { projects: readonly BoardProjectFragment[]; today: string }) {
  const { t } = useTranslation();
  const { formatDay, phaseName } = useBoardText();
  return (
    <Paper withBorder p="md" radius="md" mb="lg" data-testid="board-due-soon" data-count={projects.length}>
      <Title order={4}>{t('projectBoard.dueSoon.title')}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('projectBoard.dueSoon.intro', { days: DUE_SOON_DAYS })}
      </Text>
      {projects.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="due-soon-empty">
          {t('projectBoard.dueSoon.empty', { days: DUE_SOON_DAYS })}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('projectBoard.dueSoon.customer')}</Table.Th>
                <Table.Th>{t('projectBoard.dueSoon.phase')}</Table.Th>
                <Table.Th>{t('projectBoard.dueSoon.lead')}</Table.Th>
                <Table.Th>{t('projectBoard.dueSoon.dueDate')}</Table.Th>
                <Table.Th>{t('projectBoard.dueSoon.countdown')}</Table.Th>
                <Table.Th>{t('projectBoard.dueSoon.health')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {projects.map((project) => {
                const phase = project.currentPhase!;
                const company = project.customer?.companyName ?? t('projectBoard.card.unknownCustomer');
                return (
                  <Table.Tr
                    key={project.id}
                    data-testid="due-soon-row"
                    data-id={project.id}
                    data-company={company}
                    data-health={project.health}
                    data-due={phase.dueDate}
                  >
                    <Table.Td>
                      <Anchor component={Link} to={projectPath(project.id)} size="sm" fw={500}>
                        {company}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {t('projectBoard.dueSoon.phaseName', { position: phase.position, name: phaseName(phase) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{project.leadConsultant?.displayName ?? t('common.none')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDay(phase.dueDate)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <DueCountdown dueDate={phase.dueDate} today={today} />
                    </Table.Td>
                    <Table.Td>
                      <BoardHealthBadge health={project.health} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
