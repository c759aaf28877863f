import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentStatus } from '../../../gql/graphql';

const COLORS: Record<AssignmentStatus, string> = {
  ACTIVE: 'green',
  COMPLETED: 'blue',
  CANCELLED: 'gray',
  REASSIGNED: 'violet',
  DECLINED: 'orange',
};

export function AssignmentStatusBadge({ status }: { status: AssignmentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status] ?? 'gray'}>
      {t(`customers.assignmentStatus.${status}`, { defaultValue: status })}
    </Badge>
  );
}
