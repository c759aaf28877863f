import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Tier 3", or a dash while no tier review has set one. */
export function PartnerTierBadge({ tier, size = 'sm' }: { tier: number | null | undefined; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  if (tier == null) {
    return (
      <Text span c="dimmed" aria-label={t('partner.noTier')}>
        {t('common.none')}
      </Text>
    );
  }
  return (
    <Badge variant="light" color="indigo" size={size} style={{ textTransform: 'none' }}>
      {t('partners.tierValue', { tier })}
    </Badge>
  );
}
