import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BoardProjectFragment } from '../../../../gql/graphql';
import type { BoardColumn } from '../../board-model';
import { BoardCard } from './BoardCard';
import { useBoardText } from './useBoardText';

/** One column: a phase of the template (or Completed / Churned) with its count and cards. */
export function BoardColumnView({ column, today }: { column: BoardColumn<BoardProjectFragment>; today: string }) {
  const { t } = useTranslation();
  const { phaseName } = useBoardText();
  const title =
    column.key === 'done'
      ? t('projectBoard.columns.done')
      : column.key === 'churned'
        ? t('projectBoard.columns.churned')
        : t('projectBoard.columns.phase', {
            position: column.key,
            name: column.phase ? phaseName(column.phase) : t('common.none'),
          });
  const subtitle =
    typeof column.key === 'number'
      ? column.phase?.dueDay
        ? t('projectBoard.columns.dueDay', { day: column.phase.dueDay })
        : t('projectBoard.columns.olderVersion')
      : column.key === 'done'
        ? t('projectBoard.columns.doneHint')
        : t('projectBoard.columns.churnedHint');
  const count = column.projects.length;
  return (
    <Paper
      component="section"
      bg="var(--mantine-color-default-hover)"
      p="sm"
      radius="md"
      w={272}
      miw={272}
      aria-label={title}
      data-testid="board-column"
      data-position={String(column.key)}
      data-count={count}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm" gap="xs">
        <div>
          <Text fw={600} size="sm">
            {title}
          </Text>
          <Text size="xs" c="dimmed">
            {subtitle}
          </Text>
        </div>
        <Badge
          variant="filled"
          color={column.key === 'done' ? 'blue' : 'gray'}
          aria-label={t('projectBoard.columns.count', { count })}
          style={{ flexShrink: 0 }}
          data-testid="board-column-count"
        >
          {count}
        </Badge>
      </Group>
      <Stack gap="xs">
        {column.projects.map((project) => (
          <BoardCard key={project.id} project={project} today={today} />
        ))}
        {count === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md" data-testid="board-column-empty">
            {t('projectBoard.columns.empty')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
