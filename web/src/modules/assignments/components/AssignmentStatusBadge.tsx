import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../../gql/graphql';
import { DISPLAY_STATUS_COLORS, displayStatus } from '../assignment-status';

/** ACTIVE reads as "awaiting acceptance" until the firm accepts, then "accepted". */
export function AssignmentStatusBadge({ status, acceptedAt }: { status: AssignmentStatus; acceptedAt: string | null }) {
  const { t } = useTranslation();
  const shown = displayStatus({ status, acceptedAt });
  return (
    <Badge
      color={DISPLAY_STATUS_COLORS[shown]}
      variant="light"
      style={{ textTransform: 'none', maxWidth: 'none', overflow: 'visible' }}
    >
      {t(`assignments.status.${shown}`)}
    </Badge>
  );
}
