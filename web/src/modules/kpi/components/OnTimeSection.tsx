import { BarChart, LineChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { percentValue, largest } from '../kpi-model';
import { ChartScope } from './ChartScope';
import { FigureTable } from './FigureTable';
import { KpiSection } from './KpiSection';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/** Phase on-time rate: by firm on the console, by month (the trend) on a firm's scorecard. */
export function OnTimeSection({
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
  const common = {
    rate: { key: 'rate', label: t('kpi.onTime.rate') },
    due: { key: 'due', label: t('kpi.columns.due') },
    onTime: { key: 'onTime', label: t('kpi.columns.onTime') },
  };
  return (
    <KpiSection
      testId="kpi-on-time"
      title={t('kpi.onTime.title')}
      description={t('kpi.onTime.description')}
      chart={
        byPartner
          ? data.phaseOnTimeByPartner.length > 0 && (
              <>
                <BarChart
                  h={220}
                  data={largest(data.phaseOnTimeByPartner, (r) => r.due).map((r) => ({
                    partner: r.partnerName,
                    rate: percentValue(r.rate),
                  }))}
                  dataKey="partner"
                  series={[{ name: 'rate', label: t('kpi.onTime.rate'), color: 'blue.6' }]}
                  unit="%"
                  yAxisProps={{ domain: [0, 100] }}
                  aria-label={t('kpi.onTime.title')}
                />
                <ChartScope total={data.phaseOnTimeByPartner.length} />
              </>
            )
          : data.phaseOnTimeByMonth.length > 0 && (
              <LineChart
                h={220}
                data={data.phaseOnTimeByMonth.map((r) => ({ month: f.month(r.month!), rate: percentValue(r.rate) }))}
                dataKey="month"
                series={[{ name: 'rate', label: t('kpi.onTime.rate'), color: 'blue.6' }]}
                unit="%"
                yAxisProps={{ domain: [0, 100] }}
                curveType="linear"
                aria-label={t('kpi.onTime.title')}
              />
            )
      }
    >
      {byPartner ? (
        <FigureTable
          testId="kpi-on-time-table"
          rows={data.phaseOnTimeByPartner}
          rowKey={(r) => r.partnerId!}
          csvName="phase-on-time-by-partner.csv"
          onTrace={onTrace}
          columns={[
            { key: 'partner', label: t('kpi.columns.partner'), value: (r) => r.partnerName ?? '' },
            {
              ...common.due,
              value: (r) => r.due,
              trace: (r) => ({ measure: 'PHASE_ON_TIME', partnerId: r.partnerId! }),
            },
            { ...common.onTime, value: (r) => r.onTime },
            {
              ...common.rate,
              value: (r) => r.rate ?? null,
              render: (r) => f.rate(r.rate),
              trace: (r) => ({ measure: 'PHASE_ON_TIME', partnerId: r.partnerId! }),
            },
          ]}
        />
      ) : (
        <FigureTable
          testId="kpi-on-time-table"
          rows={data.phaseOnTimeByMonth}
          rowKey={(r) => r.month!}
          csvName="phase-on-time-by-month.csv"
          onTrace={onTrace}
          columns={[
            { key: 'month', label: t('kpi.columns.month'), value: (r) => r.month!, render: (r) => f.month(r.month!) },
            { ...common.due, value: (r) => r.due, trace: (r) => ({ measure: 'PHASE_ON_TIME', month: r.month! }) },
            { ...common.onTime, value: (r) => r.onTime },
            {
              ...common.rate,
              value: (r) => r.rate ?? null,
              render: (r) => f.rate(r.rate),
              trace: (r) => ({ measure: 'PHASE_ON_TIME', month: r.month! }),
            },
          ]}
        />
      )}
    </KpiSection>
  );
}
