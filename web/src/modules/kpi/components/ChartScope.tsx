import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CHART_FIRMS } from '../kpi-model';

/** Under a by-firm chart that draws only the largest firms: says so (the table lists every one). */
export function ChartScope({ total }: { total: number }) {
  const { t } = useTranslation();
  if (total <= CHART_FIRMS) return null;
  return (
    <Text size="xs" c="dimmed" mt={4} data-testid="kpi-chart-scope">
      {t('kpi.chartLargest', { shown: CHART_FIRMS, total })}
    </Text>
  );
}
