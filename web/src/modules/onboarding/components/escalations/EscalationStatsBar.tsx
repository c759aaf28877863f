import { Paper, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EscalationFilter } from '../../../../gql/graphql';
import { ErrorAlert } from '../../../common/components/ErrorAlert';
import { useFormatters } from '../../../common/hooks/useFormatters';
import type { EscalationStatusFilter } from '../../escalation-inbox-query';
import { EscalationStatsQuery } from '../../graphql/escalations';

interface Props {
  /** Firm and category of the list (the status is left out: open and resolved are counted side by side). */
  filter: EscalationFilter;
  status: EscalationStatusFilter;
  onStatus: (status: EscalationStatusFilter) => void;
}

/** Open and resolved counts (each shows its rows), median response and resolution hours, escalations per project. */
export function EscalationStatsBar({ filter, status, onStatus }: Props) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { data, previousData, error } = useQuery(EscalationStatsQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const stats = (data ?? previousData)?.escalationStats;
  if (error) return <ErrorAlert error={error} />;
  const none = t('common.none');
  const hours = (value: number | null | undefined) =>
    value == null ? none : t('escalations.stats.hours', { value: formatNumber(value) });

  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 5 }}
      spacing="sm"
      mb="md"
      role="group"
      aria-label={t('escalations.stats.label')}
      title={t('escalations.stats.scope')}
      data-testid="escalation-stats"
      data-open={stats ? String(stats.open) : undefined}
      data-resolved={stats ? String(stats.resolved) : undefined}
    >
      <Stat
        label={t('escalations.stats.open')}
        value={stats ? formatNumber(stats.open) : null}
        selected={status === 'open'}
        onClick={() => onStatus('open')}
        testId="escalation-stat-open"
      />
      <Stat
        label={t('escalations.stats.resolved')}
        value={stats ? formatNumber(stats.resolved) : null}
        selected={status === 'resolved'}
        onClick={() => onStatus('resolved')}
        testId="escalation-stat-resolved"
      />
      <Stat
        label={t('escalations.stats.medianFirstResponse')}
        value={stats ? hours(stats.medianFirstResponseHours) : null}
        testId="escalation-stat-first-response"
      />
      <Stat
        label={t('escalations.stats.medianResolution')}
        value={stats ? hours(stats.medianResolutionHours) : null}
        testId="escalation-stat-resolution"
      />
      <Stat
        label={t('escalations.stats.perProject')}
        value={stats ? (stats.perProject == null ? none : formatNumber(stats.perProject)) : null}
        testId="escalation-stat-per-project"
      />
    </SimpleGrid>
  );
}

interface StatProps {
  label: string;
  /** Null while loading. */
  value: string | null;
  selected?: boolean;
  onClick?: () => void;
  testId: string;
}

function Stat({ label, value, selected, onClick, testId }: StatProps) {
  const { t } = useTranslation();
  const content: ReactNode = (
    <>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {value === null ? (
        <Skeleton height={28} mt={4} aria-label={t('list.loading')} />
      ) : (
        <Text size="xl" fw={700} data-testid={`${testId}-value`}>
          {value}
        </Text>
      )}
    </>
  );
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      data-testid={testId}
      style={selected ? { borderColor: 'var(--mantine-primary-color-filled)' } : undefined}
    >
      {onClick ? (
        <UnstyledButton onClick={onClick} aria-pressed={selected} w="100%">
          {content}
        </UnstyledButton>
      ) : (
        content
      )}
    </Paper>
  );
}
