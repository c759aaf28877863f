import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { useFormatters } from '../../common/hooks/useFormatters';
import { DEFLECTION_PERIODS, periodRange, type DeflectionPeriod } from '../deflection';
import { EscalationDeflectionQuery } from '../graphql/knowledge';

/**
 * The escalation inbox's view of the raise form: how many forms partner users opened, raised,
 * abandoned, and abandoned after reading a suggested article (deflected), over a period.
 */
export function DeflectionStats({ partnerId }: { partnerId?: string | number | null }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const [days, setDays] = useState<DeflectionPeriod>(30);
  const range = useMemo(() => periodRange(days, new Date()), [days]);
  const { data, previousData, error } = useQuery(EscalationDeflectionQuery, {
    variables: { ...range, partnerId: partnerId == null ? null : String(partnerId) },
    fetchPolicy: 'cache-and-network',
  });
  const stats = (data ?? previousData)?.escalationDeflection;
  if (error) return <ErrorAlert error={error} />;
  const percent = (rate: number | null | undefined) =>
    rate == null ? t('common.none') : `${formatNumber(Math.round(rate * 1000) / 10)}%`;
  const figures = [
    { key: 'started', value: stats ? formatNumber(stats.started) : null },
    { key: 'raised', value: stats ? formatNumber(stats.raised) : null },
    { key: 'abandoned', value: stats ? formatNumber(stats.abandoned) : null },
    { key: 'deflected', value: stats ? formatNumber(stats.deflected) : null },
    { key: 'rate', value: stats ? percent(stats.deflectionRate) : null },
  ];
  const chart = stats
    ? [
        {
          label: t('knowledge.deflection.started'),
          raised: stats.raised,
          deflected: stats.deflected,
          abandoned: stats.abandoned - stats.deflected,
        },
      ]
    : [];

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      mb="md"
      role="group"
      aria-label={t('knowledge.deflection.label')}
      title={t('knowledge.deflection.scope')}
      data-testid="deflection-stats"
      data-started={stats?.started}
      data-deflected={stats?.deflected}
    >
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={600}>
          {t('knowledge.deflection.label')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('knowledge.deflection.period')}
          value={String(days)}
          onChange={(value) => setDays(Number(value) as DeflectionPeriod)}
          data={DEFLECTION_PERIODS.map((d) => ({
            value: String(d),
            label: t('knowledge.deflection.days', { count: d }),
          }))}
          data-testid="deflection-period"
        />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        {figures.map(({ key, value }) => (
          <div key={key} data-testid={`deflection-${key}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`knowledge.deflection.${key}`)}
            </Text>
            {value === null ? (
              <Skeleton height={24} mt={4} aria-label={t('list.loading')} />
            ) : (
              <Text size="lg" fw={700} data-testid={`deflection-${key}-value`}>
                {value}
              </Text>
            )}
          </div>
        ))}
      </SimpleGrid>
      {stats && stats.started > 0 ? (
        <BarChart
          h={56}
          mt="xs"
          data={chart}
          dataKey="label"
          type="percent"
          orientation="vertical"
          withXAxis={false}
          withYAxis={false}
          gridAxis="none"
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 20 }}
          aria-label={t('knowledge.deflection.chart')}
          series={[
            { name: 'raised', label: t('knowledge.deflection.raised'), color: 'blue.6' },
            { name: 'deflected', label: t('knowledge.deflection.deflected'), color: 'teal.6' },
            { name: 'abandoned', label: t('knowledge.deflection.abandoned'), color: 'gray.5' },
          ]}
        />
      ) : null}
    </Paper>
  );
}
