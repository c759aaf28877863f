import { useQuery } from '@apollo/client/react';
import { Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TierReviewRowsQuery } from '../../../gql/graphql';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { useFormatters } from '../../common/hooks/useFormatters';
import { FigureTable, type FigureColumn } from '../../kpi/components/FigureTable';
import { TierReviewRowsQuery as RowsQuery } from '../graphql/tiers';
import { COMPONENTS } from '../tier-model';
import { useTierFormat } from './useTierFormat';

type Project = NonNullable<TierReviewRowsQuery['tierReviewRows']>['projects'][number];
type Month = NonNullable<TierReviewRowsQuery['tierReviewRows']>['months'][number];

/** The rows beneath a review's evidence, read now; their totals rebuild it while the data is unchanged. */
export function EvidenceRows({ reviewId, projectsPath }: { reviewId: string; projectsPath: string | null }) {
  const { t } = useTranslation();
  const f = useTierFormat();
  const { formatDate } = useFormatters();
  const { data, loading, error } = useQuery(RowsQuery, { variables: { reviewId } });
  if (error) return <ErrorAlert error={error} />;
  const rows = data?.tierReviewRows;
  if (!rows) return loading ? <Loader size="sm" /> : null;
  const yesNo = (v: boolean | null | undefined) =>
    v == null ? t('common.none') : v ? t('tiers.rows.yes') : t('tiers.rows.no');
  const projects: FigureColumn<Project>[] = [
    {
      key: 'customer',
      label: t('tiers.rows.customer'),
      value: (p) => p.customerName,
      render: (p) =>
        projectsPath ? (
          <Anchor component={Link} to={`${projectsPath}/${p.id}`}>
            {p.customerName}
          </Anchor>
        ) : (
          p.customerName
        ),
    },
    { key: 'start', label: t('tiers.rows.started'), value: (p) => p.startDate, render: (p) => formatDate(p.startDate) },
    { key: 'startedIn', label: t('tiers.rows.startedInPeriod'), value: (p) => yesNo(p.startedInPeriod) },
    { key: 'decided', label: t('tiers.rows.phasesDecided'), value: (p) => p.phasesDecided },
    { key: 'onTime', label: t('tiers.rows.phasesOnTime'), value: (p) => p.phasesOnTime },
    { key: 'escalations', label: t('tiers.rows.escalations'), value: (p) => p.escalations },
    { key: 'reopened', label: t('tiers.rows.reopened'), value: (p) => yesNo(p.reopened) },
    {
      key: 'finished',
      label: t('tiers.rows.finished'),
      value: (p) => p.finishedOn ?? null,
      render: (p) => (p.finishedOn ? formatDate(p.finishedOn) : t('common.none')),
    },
    { key: 'finishedIn', label: t('tiers.rows.finishedInPeriod'), value: (p) => yesNo(p.finishedInPeriod) },
    { key: 'autonomous', label: t('tiers.rows.autonomous'), value: (p) => yesNo(p.autonomous) },
    { key: 'utilization', label: t('tiers.rows.utilizationAtEnd'), value: (p) => p.utilizationAtEnd ?? null },
    { key: 'value', label: t('tiers.rows.valueDelivered'), value: (p) => yesNo(p.valueDelivered) },
  ];
  const months: FigureColumn<Month>[] = [
    { key: 'month', label: t('tiers.rows.month'), value: (m) => m.month },
    { key: 'slots', label: t('tiers.rows.slotsOffered'), value: (m) => m.slotsOffered },
  ];
  return (
    <Stack gap="sm" data-testid="evidence-rows">
      <Title order={4}>{t('tiers.rows.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('tiers.rows.intro')}
      </Text>
      <Text size="sm" data-testid="evidence-rows-totals">
        {COMPONENTS.map((c) => `${t(`tiers.components.${c}`)}: ${f.value(c, rows.totals[c])}`).join(' · ')}
      </Text>
      <FigureTable
        testId="evidence-projects"
        rows={rows.projects}
        columns={projects}
        rowKey={(p) => p.id}
        csvName="tier-evidence-projects.csv"
        maxHeight={420}
      />
      <FigureTable
        testId="evidence-months"
        rows={rows.months}
        columns={months}
        rowKey={(m) => m.month}
        csvName="tier-evidence-months.csv"
      />
    </Stack>
  );
}
