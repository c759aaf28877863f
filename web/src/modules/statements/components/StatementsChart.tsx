import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStatementFormat } from '../hooks/useStatementFormat';

/** Each firm's total for the month as a bar (firms that earned nothing are left out). */
export function StatementsChart({ statements }: { statements: readonly { partnerName: string; total: number }[] }) {
  const { t } = useTranslation();
  const format = useStatementFormat();
  const data = statements.filter((s) => s.total > 0).map((s) => ({ firm: s.partnerName, total: s.total }));
  if (data.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="statements-chart">
      <Text size="sm" fw={600} mb="xs">
        {t('statements.chart.title')}
      </Text>
      <BarChart
        h={Math.max(160, data.length * 36)}
        data={data}
        dataKey="firm"
        orientation="vertical"
        series={[{ name: 'total', label: t('statements.chart.total'), color: 'blue.6' }]}
        valueFormatter={format.yen}
        // recharts wraps a tick at the axis width; a firm's name stays on one line (a wide tick box).
        yAxisProps={{
          width: 160,
          tick: { transform: 'translate(-10, 0)', fontSize: 12, fill: 'currentColor', width: 1000 },
        }}
        withLegend={false}
      />
    </Paper>
  );
}
