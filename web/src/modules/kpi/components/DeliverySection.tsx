import { BarChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { largest } from '../kpi-model';
import { ChartScope } from './ChartScope';
import { FigureTable } from './FigureTable';
import { KpiSection } from './KpiSection';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

/** Escalations per project and the projects at risk or overdue today, by firm. */
export function DeliverySection({ data, onTrace }: { data: Dashboard; onTrace: (trace: Trace) => void }) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <KpiSection
        testId="kpi-escalations"
        title={t('kpi.escalations.title')}
        description={t('kpi.escalations.description')}
        chart={
          data.escalationsByPartner.length > 1 && (
            <>
              <BarChart
                h={200}
                data={largest(data.escalationsByPartner, (r) => r.escalations).map((r) => ({
                  partner: r.partnerName,
                  perProject: r.perProject,
                }))}
                dataKey="partner"
                series={[{ name: 'perProject', label: t('kpi.escalations.perProject'), color: 'red.6' }]}
                aria-label={t('kpi.escalations.title')}
              />
              <ChartScope total={data.escalationsByPartner.length} />
            </>
          )
        }
      >
        <FigureTable
          testId="kpi-escalations-table"
          rows={data.escalationsByPartner}
          rowKey={(r) => r.partnerId}
          csvName="escalations-per-project.csv"
          onTrace={onTrace}
          columns={[
            { key: 'partner', label: t('kpi.columns.partner'), value: (r) => r.partnerName },
            { key: 'projects', label: t('kpi.columns.projects'), value: (r) => r.projects },
            { key: 'escalations', label: t('kpi.columns.escalations'), value: (r) => r.escalations },
            {
              key: 'perProject',
              label: t('kpi.escalations.perProject'),
              value: (r) => r.perProject ?? null,
              render: (r) => f.decimal(r.perProject),
              trace: (r) => ({ measure: 'ESCALATIONS', partnerId: r.partnerId }),
            },
          ]}
        />
      </KpiSection>
      <KpiSection
        testId="kpi-risk"
        title={t('kpi.risk.title')}
        description={t('kpi.risk.description')}
        chart={
          data.riskByPartner.length > 1 && (
            <>
              <BarChart
                h={200}
                type="stacked"
                data={largest(data.riskByPartner, (r) => r.atRisk + r.overdue).map((r) => ({
                  partner: r.partnerName,
                  atRisk: r.atRisk,
                  overdue: r.overdue,
                }))}
                dataKey="partner"
                series={[
                  { name: 'atRisk', label: t('kpi.risk.atRisk'), color: 'yellow.6' },
                  { name: 'overdue', label: t('kpi.risk.overdue'), color: 'red.7' },
                ]}
                aria-label={t('kpi.risk.title')}
              />
              <ChartScope total={data.riskByPartner.length} />
            </>
          )
        }
      >
        <FigureTable
          testId="kpi-risk-table"
          rows={data.riskByPartner}
          rowKey={(r) => r.partnerId}
          csvName="projects-at-risk.csv"
          onTrace={onTrace}
          columns={[
            { key: 'partner', label: t('kpi.columns.partner'), value: (r) => r.partnerName },
            { key: 'running', label: t('kpi.columns.running'), value: (r) => r.running },
            {
              key: 'atRisk',
              label: t('kpi.risk.atRisk'),
              value: (r) => r.atRisk,
              trace: (r) => ({ measure: 'AT_RISK', partnerId: r.partnerId }),
            },
            {
              key: 'overdue',
              label: t('kpi.risk.overdue'),
              value: (r) => r.overdue,
              trace: (r) => ({ measure: 'AT_RISK', partnerId: r.partnerId }),
            },
          ]}
        />
      </KpiSection>
    </SimpleGrid>
  );
}
