import { Badge } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { productAreaLabel } from '../audience';

/** "Re-certification: Payroll". */
export function RecertificationBadge({ area }: { area: string }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color="orange"
      size="sm"
      leftSection={<IconCertificate size={12} aria-hidden />}
      style={{ textTransform: 'none' }}
      data-testid="announcement-recertification"
    >
      {t('announcements.recertification', { area: productAreaLabel(t, area) })}
    </Badge>
  );
}
