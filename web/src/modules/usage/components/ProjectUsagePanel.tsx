import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle, IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { ProjectUsagePanelQuery } from '../graphql/usage';
import { activationSummary, chartRows, percent } from '../usage-chart';

const OUTCOME_COLOR: Record<string, string> = { ACTIVATED: 'green', PENDING: 'yellow', NOT_ACTIVATED: 'red' };
const TREND_ICON = { UP: IconArrowUpRight, FLAT: IconArrowRight, DOWN: IconArrowDownRight };

/** The project's activation and its customer's utilization over time, with the health markers. */
export function ProjectUsagePanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ProjectUsagePanelQuery, {
    variables: { id: projectId },
    fetchPolicy: 'cache-and-network',
  });
  const project = data?.onboardingProject;
  if (error && !project) return <ErrorAlert error={error} />;
  if (!project) return loading ? <Skeleton height={260} aria-label={t('list.loading')} /> : null;
  const { activation, usage } = project;
  const { markers } = usage;
  const summary = activationSummary(activation);
  const rows = chartRows(usage.weeks);
  const TrendIcon = markers.trend ? TREND_ICON[markers.trend] : null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="project-usage" data-outcome={activation.outcome}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {t('usage.panel.title')}
          </Title>
          <Group gap="xs">
            {markers.alarm ? (
              <Badge color="red" leftSection={<IconAlertTriangle size={12} aria-hidden />} data-testid="usage-alarm">
                {t('usage.panel.alarm', { drop: percent(markers.drop) })}
              </Badge>
            ) : null}
            <Badge color={OUTCOME_COLOR[activation.outcome]} data-testid="activation-outcome">
              {t(`usage.outcome.${activation.outcome}`)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" data-testid="activation-summary">
          {t(summary.key, summary.values)}{' '}
          <Text span c="dimmed" size="sm">
            {t('usage.panel.rule', { threshold: activation.threshold, window: activation.windowDays })}
          </Text>
        </Text>
        {activation.flag ? (
          <Badge color="orange" variant="light" data-testid="activation-flag">
            {t(`usage.flag.${activation.flag}`)}
          </Badge>
        ) : null}
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Marker label={t('usage.markers.level')} testId="marker-level">
            {markers.level === null ? t('usage.markers.none') : t('usage.markers.percent', { value: markers.level })}
          </Marker>
          <Marker label={t('usage.markers.trend')} testId="marker-trend">
            {TrendIcon && markers.trendPerWeek !== null ? (
              <Group gap={4} wrap="nowrap">
                <TrendIcon size={16} aria-hidden />
                {t('usage.markers.perWeek', { value: Math.round(markers.trendPerWeek * 10) / 10 })}
              </Group>
            ) : (
              t('usage.markers.none')
            )}
          </Marker>
          <Marker label={t('usage.markers.regularity')} testId="marker-regularity">
            {markers.reportingShare === null
              ? t('usage.markers.none')
              : t('usage.markers.reported', { share: percent(markers.reportingShare) })}
          </Marker>
          <Marker label={t('usage.markers.variation')} testId="marker-variation">
            {markers.variation === null
              ? t('usage.markers.none')
              : t(markers.regular ? 'usage.markers.steady' : 'usage.markers.irregular', {
                  cv: percent(markers.variation),
                })}
          </Marker>
        </SimpleGrid>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="usage-empty">
            {t('usage.panel.empty')}
          </Text>
        ) : (
          <LineChart
            h={220}
            data={rows}
            dataKey="week"
            series={[{ name: 'utilization', label: t('usage.panel.series'), color: 'blue.6' }]}
            yAxisProps={{ domain: [0, 100] }}
            referenceLines={[{ y: activation.threshold, label: t('usage.panel.threshold'), color: 'green.7' }]}
            connectNulls={false}
            withLegend={false}
            data-testid="usage-chart"
          />
        )}
      </Stack>
    </Paper>
  );
}

function Marker({ label, testId, children }: { label: string; testId: string; children: React.ReactNode }) {
  return (
    <Paper withBorder radius="sm" p="xs" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} component="div">
        {children}
      </Text>
    </Paper>
  );
}
