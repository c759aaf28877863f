import { skipToken, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Drawer, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiEvidenceQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { KpiEvidenceQuery as EvidenceQuery } from '../graphql/kpi';
import { FigureTable, type FigureColumn } from './FigureTable';
import type { Trace } from './trace';
import { useKpiFormat } from './useKpiFormat';

type Row = KpiEvidenceQuery['kpiEvidence']['rows'][number];

interface Props {
  trace: Trace | null;
  period: { fromMonth: string; toMonth: string; partnerId: string | null };
  /** Where a project opens: `/vendor/projects` or `/partner/projects`. */
  projectsPath: string;
  onClose: () => void;
}

/** The rows behind a figure, as the dashboard counted them; exportable, each project one click away. */
export function EvidenceDrawer({ trace, period, projectsPath, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const f = useKpiFormat();
  const { data, loading, error } = useQuery(
    EvidenceQuery,
    trace
      ? {
          variables: {
            measure: trace.measure,
            fromMonth: period.fromMonth,
            toMonth: period.toMonth,
            partnerId: trace.partnerId ?? period.partnerId,
            month: trace.month ?? null,
          },
          fetchPolicy: 'network-only',
        }
      : skipToken,
  );
  const evidence = data?.kpiEvidence;

  const customer: FigureColumn<Row> = {
    key: 'customer',
    label: t('kpi.columns.customer'),
    value: (r) => r.customerName ?? '',
    render: (r) =>
      r.projectId ? (
        <Anchor
          component={Link}
          to={`${projectsPath}/${r.projectId}`}
          data-testid="evidence-project"
          data-customer={r.customerName ?? ''}
        >
          {r.customerName}
        </Anchor>
      ) : (
        r.customerName
      ),
  };
  const partner: FigureColumn<Row> = { key: 'partner', label: t('kpi.columns.partner'), value: (r) => r.partnerName };
  const counted: FigureColumn<Row> = {
    key: 'counted',
    label: t('kpi.evidence.counted'),
    value: (r) => (r.counted === null ? '' : r.counted ? '1' : '0'),
    render: (r) =>
      r.counted === null ? (
        <Badge color="gray" variant="light">
          {t('kpi.evidence.notYet')}
        </Badge>
      ) : r.counted ? (
        <Badge color="teal" variant="light">
          {t('kpi.evidence.yes')}
        </Badge>
      ) : (
        <Badge color="red" variant="light">
          {t('kpi.evidence.no')}
        </Badge>
      ),
  };
  const day = (key: string, label: string, pick: (r: Row) => string | null | undefined): FigureColumn<Row> => ({
    key,
    label,
    value: (r) => pick(r) ?? '',
  });
  const COLUMNS: Record<Trace['measure'], FigureColumn<Row>[]> = {
    ACTIVATION: [
      customer,
      partner,
      day('start', t('kpi.columns.start'), (r) => r.date),
      day('activatedOn', t('kpi.columns.activatedOn'), (r) => r.doneOn),
      {
        key: 'outcome',
        label: t('kpi.columns.outcome'),
        value: (r) => r.label ?? '',
        render: (r) => t(`kpi.outcome.${r.label}`),
      },
    ],
    PHASE_ON_TIME: [
      customer,
      partner,
      {
        key: 'phase',
        label: t('kpi.columns.phase'),
        value: (r) => (i18n.language === 'ja' ? r.labelJa : r.label) ?? '',
      },
      day('due', t('kpi.columns.dueDate'), (r) => r.date),
      day('completedOn', t('kpi.columns.completedOn'), (r) => r.doneOn),
      counted,
    ],
    CAPACITY: [
      partner,
      { key: 'month', label: t('kpi.columns.month'), value: (r) => r.month, render: (r) => f.month(r.month) },
      { key: 'line', label: t('kpi.columns.productLine'), value: (r) => r.label ?? '' },
      { key: 'offered', label: t('kpi.columns.offered'), value: (r) => r.value ?? null },
      { key: 'consumed', label: t('kpi.columns.consumed'), value: (r) => r.value2 ?? null },
    ],
    SURVEYS: [
      customer,
      partner,
      day('answered', t('kpi.columns.answeredOn'), (r) => r.date),
      { key: 'csat', label: t('kpi.surveys.csat'), value: (r) => r.value ?? null },
      { key: 'nps', label: t('kpi.surveys.nps'), value: (r) => r.value2 ?? null },
    ],
    ESCALATIONS: [
      customer,
      partner,
      day('start', t('kpi.columns.start'), (r) => r.date),
      { key: 'escalations', label: t('kpi.columns.escalations'), value: (r) => r.value ?? 0 },
    ],
    AT_RISK: [
      customer,
      partner,
      day('start', t('kpi.columns.start'), (r) => r.date),
      {
        key: 'health',
        label: t('kpi.columns.health'),
        value: (r) => r.label ?? '',
        render: (r) => t(`kpi.health.${r.label}`),
      },
    ],
  };

  return (
    <Drawer
      opened={trace !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={trace ? t(`kpi.evidence.title.${trace.measure}`) : ''}
      data-testid="kpi-evidence"
    >
      {trace && (
        <Group gap="xs" mb="sm">
          <Text size="sm" c="dimmed">
            {trace.month
              ? f.month(trace.month)
              : t('kpi.evidence.period', { from: f.month(period.fromMonth), to: f.month(period.toMonth) })}
          </Text>
          {evidence && (
            <Badge variant="light" data-testid="kpi-evidence-total">
              {t('kpi.evidence.rows', { count: evidence.totalRows })}
            </Badge>
          )}
        </Group>
      )}
      {error && <ErrorAlert error={error} />}
      {loading && <Loader size="sm" />}
      {trace && evidence && (
        <>
          {evidence.totalRows > evidence.rows.length && (
            <Text size="sm" c="orange" mb="xs">
              {t('kpi.evidence.truncated', { shown: evidence.rows.length })}
            </Text>
          )}
          <FigureTable
            testId="kpi-evidence-table"
            rows={evidence.rows}
            rowKey={(r) => r.key}
            csvName={`${trace.measure.toLowerCase()}-rows.csv`}
            onTrace={() => undefined}
            columns={COLUMNS[trace.measure]}
          />
        </>
      )}
    </Drawer>
  );
}
