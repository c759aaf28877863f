import { Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificationRowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { vocabLabel } from '../../partners/vocabulary';
import { CertificationStatusBadge } from './TrainingBadges';

/** A consultant's certifications: product area, status and expiry. */
export function CertificationList({ certifications }: { certifications: readonly CertificationRowFragment[] }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  if (certifications.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="certifications-none">
        {t('training.certifications.none')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      {certifications.map((c) => (
        <Tooltip
          key={c.id}
          label={t('training.certifications.signedOff', {
            date: formatDate(c.certifiedAt),
            email: c.signedOffByEmail ?? t('common.none'),
          })}
        >
          <Group gap={6} wrap="nowrap" data-testid="certification" data-area={c.productArea} data-status={c.status}>
            <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
              {vocabLabel(t, 'productModule', c.productArea)}
            </Text>
            <CertificationStatusBadge status={c.status} />
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {t('training.certifications.expires', { date: formatDate(c.expiresAt) })}
            </Text>
          </Group>
        </Tooltip>
      ))}
    </Stack>
  );
}
