import '@mantine/charts/styles.css';
import { CompositeChart } from '@mantine/charts';
import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../common/hooks/useFormatters';
import { chartData, type CalendarTotalData } from '../calendar';
import { useCapacityLabels } from '../hooks';

/** Total offered and consumed slots per month as bars, the demand as a line over them. */
export function CalendarChart({ totals }: { totals: readonly CalendarTotalData[] }) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const { formatNumber } = useFormatters();
  return (
    <Card withBorder padding="md" data-testid="calendar-chart">
      <Title order={4}>{t('capacity.calendar.chart.title')}</Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('capacity.calendar.chart.description')}
      </Text>
      <CompositeChart
        h={280}
        data={chartData(totals, monthLabel)}
        dataKey="month"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={formatNumber}
        maxBarWidth={36}
        curveType="linear"
        series={[
          { name: 'offered', label: t('capacity.calendar.chart.offered'), color: 'teal.6', type: 'bar' },
          { name: 'consumed', label: t('capacity.calendar.chart.consumed'), color: 'blue.6', type: 'bar' },
          { name: 'demand', label: t('capacity.calendar.chart.demand'), color: 'red.6', type: 'line' },
        ]}
        aria-label={t('capacity.calendar.chart.title')}
      />
    </Card>
  );
}
