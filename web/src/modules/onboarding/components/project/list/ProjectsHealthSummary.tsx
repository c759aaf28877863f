import { Badge, Group, Paper, Progress, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { PROJECT_HEALTHS } from '@baton/shared';
import { useTranslation } from 'react-i18next';
import type { ProjectFilter, ProjectHealth } from '../../../../../gql/graphql';
import { ProjectsHealthCountsQuery } from '../../../graphql/projects';
import { HEALTH_COLORS } from '../../../project-health';
import { healthCountFilters } from '../../../project-list-query';

interface Props {
  filter: ProjectFilter;
  /** The health the list is filtered on, if any (its badge is shown selected). */
  selected: ProjectHealth | null;
  onSelect: (health: ProjectHealth | null) => void;
}

/**
 * How many projects of the current firm/phase/cohort filter are in each health, as a bar and as
 * badges; a badge filters the list on its health (again: clears it).
 */
export function ProjectsHealthSummary({ filter, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const filters = healthCountFilters(filter);
  const { data, previousData } = useQuery(ProjectsHealthCountsQuery, {
    variables: {
      onTrack: filters.ON_TRACK,
      atRisk: filters.AT_RISK,
      overdue: filters.OVERDUE,
      completed: filters.COMPLETED,
      churned: filters.CHURNED,
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const counts: Record<ProjectHealth, number | null> = {
    ON_TRACK: shown?.onTrack.totalItems ?? null,
    AT_RISK: shown?.atRisk.totalItems ?? null,
    OVERDUE: shown?.overdue.totalItems ?? null,
    COMPLETED: shown?.completed.totalItems ?? null,
    CHURNED: shown?.churned.totalItems ?? null,
  };
  const total = PROJECT_HEALTHS.reduce((sum, health) => sum + (counts[health] ?? 0), 0);

  return (
    <Paper withBorder radius="md" p="sm" mb="md" data-testid="projects-health-summary" data-total={shown ? total : ''}>
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Text size="sm" fw={500}>
          {t('onboarding.summary.title', { total })}
        </Text>
        <Group gap="xs" wrap="wrap">
          {PROJECT_HEALTHS.map((health) => (
            <UnstyledButton
              key={health}
              onClick={() => onSelect(selected === health ? null : health)}
              aria-pressed={selected === health}
              aria-label={t('onboarding.summary.filterBy', {
                health: t(`onboarding.health.${health}`),
                count: counts[health] ?? 0,
              })}
              data-testid="projects-health-count"
              data-health={health}
              data-count={counts[health] ?? ''}
            >
              <Badge
                color={HEALTH_COLORS[health]}
                variant={selected === health ? 'filled' : 'light'}
                style={{ textTransform: 'none', cursor: 'pointer' }}
              >
                {t('onboarding.summary.count', {
                  health: t(`onboarding.health.${health}`),
                  count: counts[health] ?? 0,
                })}
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      </Group>
      <Progress.Root size="lg" aria-hidden>
        {total > 0
          ? PROJECT_HEALTHS.map((health) =>
              counts[health] ? (
                <Tooltip
                  key={health}
                  label={t('onboarding.summary.count', {
                    health: t(`onboarding.health.${health}`),
                    count: counts[health],
                  })}
                >
                  <Progress.Section value={((counts[health] ?? 0) / total) * 100} color={HEALTH_COLORS[health]} />
                </Tooltip>
              ) : null,
            )
          : null}
      </Progress.Root>
    </Paper>
  );
}
