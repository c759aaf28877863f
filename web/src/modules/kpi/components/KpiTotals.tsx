import { Card, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Totals = KpiDashboardQuery['kpiDashboard']['totals'];

/** The headline figures of the period; each opens the rows behind it. */
export function KpiTotals({
  totals,
  windowDays,
  onTrace,
}: {
  totals: Totals;
  windowDays: number;
  onTrace: (trace: Trace) => void;
}) {
  const { t } = useTranslation();
  const f = useKpiFormat();
  const cards: { key: string; label: string; value: string; hint: string; trace: Trace }[] = [
    {
      key: 'activation',
      label: t('kpi.totals.activation', { days: windowDays }),
      value: f.rate(totals.activationRate),
      hint: t('kpi.totals.activationPending', { count: totals.activationPending }),
      trace: { measure: 'ACTIVATION' },
    },
    {
      key: 'onTime',
      label: t('kpi.totals.onTime'),
      value: f.rate(totals.phaseOnTimeRate),
      hint: t('kpi.totals.onTimeHint'),
      trace: { measure: 'PHASE_ON_TIME' },
    },
    {
      key: 'capacity',
      label: t('kpi.totals.capacity'),
      value: f.rate(totals.capacityUtilization),
      hint: t('kpi.totals.capacityHint'),
      trace: { measure: 'CAPACITY' },
    },
    {
      key: 'csat',
      label: t('kpi.totals.csat'),
      value: f.decimal(totals.csat),
      hint: t('kpi.totals.answers', { count: totals.surveyAnswers }),
      trace: { measure: 'SURVEYS' },
    },
    {
      key: 'nps',
      label: t('kpi.totals.nps'),
      value: f.decimal(totals.nps),
      hint: t('kpi.totals.answers', { count: totals.surveyAnswers }),
      trace: { measure: 'SURVEYS' },
    },
    {
      key: 'escalations',
      label: t('kpi.totals.escalations'),
      value: f.decimal(totals.escalationsPerProject),
      hint: t('kpi.totals.escalationsHint'),
      trace: { measure: 'ESCALATIONS' },
    },
    {
      key: 'risk',
      label: t('kpi.totals.risk'),
      value: t('kpi.totals.riskValue', { atRisk: totals.atRisk, overdue: totals.overdue }),
      hint: t('kpi.totals.riskHint'),
      trace: { measure: 'AT_RISK' },
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm" data-testid="kpi-totals">
      {cards.map((c) => (
        <UnstyledButton
          key={c.key}
          onClick={() => onTrace(c.trace)}
          data-testid={`kpi-total-${c.key}`}
          aria-label={t('kpi.trace', { figure: c.label })}
        >
          <Card withBorder padding="sm" h="100%">
            <Text size="xs" c="dimmed" fw={600}>
              {c.label}
            </Text>
            <Text size="xl" fw={700} data-testid="kpi-total-value">
              {c.value}
            </Text>
            <Text size="xs" c="dimmed">
              {c.hint}
            </Text>
          </Card>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
