import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { percentValue } from '../kpi-model';
import { FigureTable } from './FigureTable';
import { KpiSection } from './KpiSection';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/** Activation within X days by cohort month (the month the projects started). */
export function ActivationSection({ data, onTrace }: { data: Dashboard; onTrace: (trace: Trace) => void }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const rows = data.activationByCohort;
  const trace = (month: string): Trace => ({ measure: 'ACTIVATION', month });
  return (
    <KpiSection
      testId="kpi-activation"
      title={t('kpi.activation.title', { days: data.activationWindowDays })}
      description={t('kpi.activation.description', {
        days: data.activationWindowDays,
        threshold: data.activationThreshold,
      })}
      chart={
        rows.length > 0 && (
          <BarChart
            h={220}
            data={rows.map((r) => ({ month: f.month(r.month), rate: percentValue(r.rate) }))}
            dataKey="month"
            series={[{ name: 'rate', label: t('kpi.activation.rate'), color: 'teal.6' }]}
            unit="%"
            yAxisProps={{ domain: [0, 100] }}
            aria-label={t('kpi.activation.title', { days: data.activationWindowDays })}
          />
        )
      }
    >
      <FigureTable
        testId="kpi-activation-table"
        rows={rows}
        rowKey={(r) => r.month}
        csvName="activation-by-cohort.csv"
        onTrace={onTrace}
        columns={[
          { key: 'month', label: t('kpi.columns.cohort'), value: (r) => r.month, render: (r) => f.month(r.month) },
          { key: 'started', label: t('kpi.columns.started'), value: (r) => r.started, trace: (r) => trace(r.month) },
          { key: 'activated', label: t('kpi.columns.activated'), value: (r) => r.activated },
          { key: 'notActivated', label: t('kpi.columns.notActivated'), value: (r) => r.notActivated },
          { key: 'pending', label: t('kpi.columns.pending'), value: (r) => r.pending },
          {
            key: 'rate',
            label: t('kpi.activation.rate'),
            value: (r) => r.rate ?? null,
            render: (r) => f.rate(r.rate),
            trace: (r) => trace(r.month),
          },
        ]}
      />
    </KpiSection>
  );
}
