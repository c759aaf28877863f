import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerApplicationStatus } from '../../../gql/graphql';

const COLORS: Record<PartnerApplicationStatus, string> = {
  SUBMITTED: 'blue',
  UNDER_REVIEW: 'yellow',
  APPROVED: 'green',
  REJECTED: 'red',
};

export function ApplicationStatusBadge({ status }: { status: PartnerApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" data-status={status}>
      {t(`applications.status.${status}`)}
    </Badge>
  );
}
