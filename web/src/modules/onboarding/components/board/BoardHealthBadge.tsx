import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectHealth } from '../../../../gql/graphql';
import { BOARD_HEALTH_COLORS } from '../../board-model';

export function BoardHealthBadge({ health }: { health: ProjectHealth }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={BOARD_HEALTH_COLORS[health]}
      variant="light"
      size="sm"
      style={{ textTransform: 'none', flexShrink: 0 }}
      data-testid="board-health"
    >
      {t(`projectBoard.health.${health}`)}
    </Badge>
  );
}
