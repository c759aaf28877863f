import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { capacityByMonth, capacityByPartner, percentValue, largest } from '../kpi-model';
import { ChartScope } from './ChartScope';
import { FigureTable } from './FigureTable';
import { KpiSection } from './KpiSection';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/** Capacity utilization (consumed ÷ offered) by firm and month. */
export function CapacitySection({
  data,
  byPartner,
  onTrace,
}: {
  data: Dashboard;
  byPartner: boolean;
  onTrace: (trace: Trace) => void;
}) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const rows = data.capacityByPartnerMonth;
  const firms = new Set(rows.map((r) => r.partnerId)).size;
  const chart = byPartner
    ? largest(capacityByPartner(rows), (r) => r.offered).map((r) => ({
        label: r.partnerName,
        utilization: percentValue(r.utilization),
      }))
    : capacityByMonth(rows).map((r) => ({ label: f.month(r.month), utilization: percentValue(r.utilization) }));
  return (
    <KpiSection
      testId="kpi-capacity"
      title={t('kpi.capacity.title')}
      description={t('kpi.capacity.description')}
      chart={
        chart.length > 0 && (
          <>
            <BarChart
              h={220}
              data={chart}
              dataKey="label"
              series={[{ name: 'utilization', label: t('kpi.capacity.utilization'), color: 'grape.6' }]}
              unit="%"
              aria-label={t('kpi.capacity.title')}
            />
            {byPartner && <ChartScope total={firms} />}
          </>
        )
      }
    >
      <FigureTable
        testId="kpi-capacity-table"
        rows={rows}
        rowKey={(r) => `${r.partnerId}-${r.month}`}
        csvName="capacity-utilization.csv"
        maxHeight={360}
        onTrace={onTrace}
        columns={[
          ...(byPartner
            ? [{ key: 'partner', label: t('kpi.columns.partner'), value: (r: (typeof rows)[number]) => r.partnerName }]
            : []),
          { key: 'month', label: t('kpi.columns.month'), value: (r) => r.month, render: (r) => f.month(r.month) },
          { key: 'offered', label: t('kpi.columns.offered'), value: (r) => r.offered },
          { key: 'consumed', label: t('kpi.columns.consumed'), value: (r) => r.consumed },
          {
            key: 'utilization',
            label: t('kpi.capacity.utilization'),
            value: (r) => r.utilization ?? null,
            render: (r) => f.rate(r.utilization),
            trace: (r) => ({ measure: 'CAPACITY', month: r.month, partnerId: r.partnerId }),
          },
        ]}
      />
    </KpiSection>
  );
}
