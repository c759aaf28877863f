import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabLabel } from '../../partners/vocabulary';

/** The products a customer bought as badges; the first (the main product) stands out. */
export function ProductBadges({ products }: { products: readonly string[] }) {
  const { t } = useTranslation();
  if (products.length === 0) return <Text c="dimmed">{t('common.none')}</Text>;
  return (
    <Group gap={4} wrap="wrap">
      {products.map((code, index) => {
        const label = vocabLabel(t, 'productModule', code);
        return index === 0 ? (
          <Tooltip key={code} label={t('customers.mainProduct')} withinPortal>
            <Badge variant="filled" color="blue" size="sm" style={{ textTransform: 'none' }} data-main="true">
              {label}
            </Badge>
          </Tooltip>
        ) : (
          <Badge key={code} variant="outline" color="gray" size="sm" style={{ textTransform: 'none' }}>
            {label}
          </Badge>
        );
      })}
    </Group>
  );
}
