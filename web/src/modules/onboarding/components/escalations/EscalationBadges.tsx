import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EscalationCategory, EscalationPriority } from '../../../../gql/graphql';
import { priorityColor, statusOf } from '../../escalation-priority';

const PLAIN = { textTransform: 'none' } as const;

/** HIGH red, MEDIUM orange, LOW gray; nothing once resolved (a resolved escalation has no priority). */
export function EscalationPriorityBadge({ priority }: { priority: EscalationPriority | null | undefined }) {
  const { t } = useTranslation();
  if (!priority) return null;
  return (
    <Badge
      size="sm"
      color={priorityColor(priority)}
      variant={priority === 'LOW' ? 'light' : 'filled'}
      style={PLAIN}
      data-testid="escalation-priority"
      data-priority={priority}
    >
      {t(`escalations.priority.${priority}`)}
    </Badge>
  );
}

export function EscalationStatusBadge({ resolvedAt }: { resolvedAt: string | null | undefined }) {
  const { t } = useTranslation();
  const status = statusOf({ resolvedAt });
  return (
    <Badge
      size="sm"
      color={status === 'open' ? 'blue' : 'green'}
      variant="light"
      style={PLAIN}
      data-testid="escalation-status"
      data-status={status}
    >
      {t(`escalations.status.${status}`)}
    </Badge>
  );
}

export function EscalationCategoryBadge({ category }: { category: EscalationCategory }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" color="gray" variant="outline" style={PLAIN}>
      {t(`escalations.category.${category}`)}
    </Badge>
  );
}
