import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../gql/graphql';
import { HEALTH_COLORS } from '../../project-health';

/** A project's derived health: on track, at risk, overdue, completed or churned. */
export function ProjectHealthBadge({ health, testId }: { health: ProjectHealth; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={HEALTH_COLORS[health]}
      variant="light"
      style={{ textTransform: 'none' }}
      data-testid={testId}
      data-health={health}
    >
      {t(`onboarding.health.${health}`)}
    </Badge>
  );
}
