import { SimpleGrid, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoonCard } from './ComingSoonCard';

export interface PlannedArea {
  icon: Icon;
  titleKey: string;
  descriptionKey: string;
}

export function ComingSoonGrid({ areas }: { areas: readonly PlannedArea[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="planned-areas">
      <Title order={3} size="h4" mb="sm" id="planned-areas">
        {t('home.plannedAreas')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {areas.map((area) => (
          <ComingSoonCard
            key={area.titleKey}
            icon={area.icon}
            title={t(area.titleKey)}
            description={t(area.descriptionKey)}
            badge={t('home.comingSoon')}
          />
        ))}
      </SimpleGrid>
    </section>
  );
}
