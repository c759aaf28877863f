import { useQuery } from '@apollo/client/react';
import { Group, Loader, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PageHeader } from '../../common/components/PageHeader';
import { PartnerStatementsQuery } from '../graphql/statements';
import { useStatementFormat } from '../hooks/useStatementFormat';
import { useStatementMonth } from '../hooks/useStatementMonth';
import { StatementLinesTable } from './StatementLinesTable';
import { StatementMonthInput } from './StatementMonthInput';
import { StatementsCsvButton } from './StatementsCsvButton';

/** A partner admin's own firm: what it earned in one month, line by line. */
export default function PartnerStatementPage() {
  const { t } = useTranslation();
  const format = useStatementFormat();
  const [month, setMonth] = useStatementMonth();
  const { data, loading, error } = useQuery(PartnerStatementsQuery, {
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  // The API answers a partner user with its own firm's statement only.
  const statement = data?.partnerStatements[0];
  const monthLabel = format.month(month);
  const lines = statement?.lines ?? [];

  return (
    <div data-testid="partner-statement-page">
      <PageHeader
        title={t('statements.partnerTitle')}
        actions={
          <>
            {loading ? <Loader size="sm" aria-label={t('list.loading')} /> : null}
            <StatementsCsvButton statements={statement ? [statement] : []} fileName={`statement-${month}.csv`} />
          </>
        }
      />
      <Text size="sm" c="dimmed" mb="md">
        {t('statements.intro')}
      </Text>
      <Stack gap="md">
        <StatementMonthInput month={month} onChange={setMonth} />
        {error ? <ErrorAlert error={error} /> : null}
        {data ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Figure label={t('statements.summary.completed')} testId="statement-count">
                {format.count(statement?.completedCount ?? 0)}
              </Figure>
              <Figure label={t('statements.summary.baseFee')} testId="statement-base-fee">
                {statement ? format.yen(statement.baseFee) : t('common.none')}
              </Figure>
              <Figure label={t('statements.summary.total', { month: monthLabel })} testId="statement-total">
                {format.yen(statement?.total ?? 0)}
              </Figure>
            </SimpleGrid>
            {lines.length === 0 ? (
              <Paper withBorder radius="md" p="md">
                <Text c="dimmed" ta="center" data-testid="statements-empty">
                  {t('statements.partnerEmpty', { month: monthLabel })}
                </Text>
              </Paper>
            ) : (
              <Paper withBorder radius="md">
                <StatementLinesTable
                  lines={lines}
                  label={t('statements.table.label', { month: monthLabel })}
                  testId="statement-lines"
                />
              </Paper>
            )}
          </>
        ) : !error ? (
          <Skeleton height={200} aria-label={t('list.loading')} />
        ) : null}
      </Stack>
    </div>
  );
}

function Figure({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text size="lg" fw={700} data-testid={testId}>
          {children}
        </Text>
      </Group>
    </Paper>
  );
}
