import { LineChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { FigureTable } from './FigureTable';
import { KpiSection } from './KpiSection';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/** CSAT (mean 1–5) and NPS of the surveys answered each month. */
export function SurveysSection({ data, onTrace }: { data: Dashboard; onTrace: (trace: Trace) => void }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const rows = data.surveysByMonth;
  const points = rows.map((r) => ({ month: f.month(r.month), csat: r.csat, nps: r.nps }));
  return (
    <KpiSection
      testId="kpi-surveys"
      title={t('kpi.surveys.title')}
      description={t('kpi.surveys.description')}
      chart={
        rows.length > 0 && (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <LineChart
              h={200}
              data={points}
              dataKey="month"
              series={[{ name: 'csat', label: t('kpi.surveys.csat'), color: 'orange.6' }]}
              yAxisProps={{ domain: [1, 5] }}
              curveType="linear"
              aria-label={t('kpi.surveys.csat')}
            />
            <LineChart
              h={200}
              data={points}
              dataKey="month"
              series={[{ name: 'nps', label: t('kpi.surveys.nps'), color: 'indigo.6' }]}
              yAxisProps={{ domain: [-100, 100] }}
              curveType="linear"
              aria-label={t('kpi.surveys.nps')}
            />
          </SimpleGrid>
        )
      }
    >
      <FigureTable
        testId="kpi-surveys-table"
        rows={rows}
        rowKey={(r) => r.month}
        csvName="csat-nps-by-month.csv"
        onTrace={onTrace}
        columns={[
          { key: 'month', label: t('kpi.columns.month'), value: (r) => r.month, render: (r) => f.month(r.month) },
          {
            key: 'answers',
            label: t('kpi.columns.answers'),
            value: (r) => r.answers,
            trace: (r) => ({ measure: 'SURVEYS', month: r.month }),
          },
          { key: 'csat', label: t('kpi.surveys.csat'), value: (r) => r.csat ?? null, render: (r) => f.decimal(r.csat) },
          { key: 'nps', label: t('kpi.surveys.nps'), value: (r) => r.nps ?? null, render: (r) => f.decimal(r.nps) },
        ]}
      />
    </KpiSection>
  );
}
