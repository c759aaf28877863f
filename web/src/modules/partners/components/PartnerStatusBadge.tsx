import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnerStatus } from '../../../gql/graphql';

/** A status's badge colour, wherever a status is shown. */
export const STATUS_COLORS: Record<PartnerStatus, string> = {
  APPLICANT: 'gray',
  UNDER_REVIEW: 'yellow',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  OFFBOARDED: 'dark',
};

export function PartnerStatusBadge({ status }: { status: PartnerStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {t(`enums.PartnerStatus.${status}`)}
    </Badge>
  );
}
