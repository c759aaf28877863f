import { Alert, List, Text } from '@mantine/core';
import { IconStairsUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Component } from '../tier-model';
import { useTierFormat } from './useTierFormat';

interface Props {
  nextTier: number | null;
  nextName: string | null;
  gaps: readonly { component: string; required: number; actual?: number | null; gap?: number | null }[];
}

/** What the next tier still needs, threshold by threshold, and by how much. */
export function NextTierGaps({ nextTier, nextName, gaps }: Props) {
  const { t } = useTranslation();
  const f = useTierFormat();
  if (nextTier === null)
    return (
      <Alert color="teal" data-testid="next-tier-gaps">
        {t('tiers.standing.top')}
      </Alert>
    );
  return (
    <Alert
      color={gaps.length ? 'indigo' : 'teal'}
      icon={<IconStairsUp aria-hidden />}
      data-testid="next-tier-gaps"
      title={t('tiers.standing.nextTitle', { tier: nextTier, name: nextName ?? '' })}
    >
      {gaps.length === 0 ? (
        <Text size="sm">{t('tiers.standing.allMet')}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {gaps.map((g) => {
            const c = g.component as Component;
            return (
              <List.Item key={c} data-testid={`tier-gap-${c}`}>
                {g.gap == null
                  ? t('tiers.standing.gapUnmeasured', {
                      component: t(`tiers.components.${c}`),
                      required: f.threshold(c, g.required),
                    })
                  : t('tiers.standing.gap', {
                      component: t(`tiers.components.${c}`),
                      required: f.threshold(c, g.required),
                      actual: f.value(c, g.actual),
                      gap: f.value(c, g.gap),
                    })}
              </List.Item>
            );
          })}
        </List>
      )}
    </Alert>
  );
}
