import { useQuery } from '@apollo/client/react';
import { Grid, Group, Loader, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PageHeader } from '../../common/components/PageHeader';
import { PartnerStatementsQuery } from '../graphql/statements';
import { useStatementFormat } from '../hooks/useStatementFormat';
import { useStatementMonth } from '../hooks/useStatementMonth';
import { grandTotal, toggleOpen } from '../statement-model';
import { BaseFeeCard } from './BaseFeeCard';
import { StatementMonthInput } from './StatementMonthInput';
import { StatementsChart } from './StatementsChart';
import { StatementsCsvButton } from './StatementsCsvButton';
import { StatementsTable } from './StatementsTable';

/** Vendor console and auditor view: every firm's statement for one month; vendor admins set the base fee. */
export default function StatementsPage() {
  const { t } = useTranslation();
  const user = useSession();
  const format = useStatementFormat();
  const [month, setMonth] = useStatementMonth();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const { data, loading, error } = useQuery(PartnerStatementsQuery, {
    variables: { month },
    fetchPolicy: 'cache-and-network',
  });
  const statements = data?.partnerStatements;
  const monthLabel = format.month(month);
  const sum = grandTotal(statements ?? []);

  return (
    <div data-testid="statements-page">
      <PageHeader
        title={t('statements.title')}
        actions={
          <>
            {loading ? <Loader size="sm" aria-label={t('list.loading')} /> : null}
            <StatementsCsvButton statements={statements ?? []} fileName={`statements-${month}.csv`} />
          </>
        }
      />
      <Text size="sm" c="dimmed" mb="md">
        {t('statements.intro')}
      </Text>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: user.role === 'VENDOR_ADMIN' ? 8 : 12 }}>
          <Stack gap="md">
            <Group align="end" gap="xl" wrap="wrap">
              <StatementMonthInput month={month} onChange={setMonth} />
              {statements ? (
                <Stack gap={0}>
                  <Text size="xs" c="dimmed">
                    {t('statements.summary.total', { month: monthLabel })}
                  </Text>
                  <Text size="xl" fw={700} data-testid="statements-total">
                    {format.yen(sum.total)}
                  </Text>
                </Stack>
              ) : null}
            </Group>
            {error ? <ErrorAlert error={error} /> : null}
            {statements && sum.completedCount === 0 ? (
              <Paper withBorder radius="md" p="md">
                <Text c="dimmed" ta="center" data-testid="statements-empty">
                  {t('statements.empty', { month: monthLabel })}
                </Text>
              </Paper>
            ) : null}
            {statements ? <StatementsChart statements={statements} /> : null}
          </Stack>
        </Grid.Col>
        {user.role === 'VENDOR_ADMIN' ? (
          <Grid.Col span={{ base: 12, md: 4 }}>
            <BaseFeeCard />
          </Grid.Col>
        ) : null}
      </Grid>
      <Paper withBorder radius="md" mt="md">
        {statements ? (
          <StatementsTable
            statements={statements}
            label={t('statements.table.label', { month: monthLabel })}
            open={open}
            onToggle={(id) => setOpen((current) => toggleOpen(current, id))}
          />
        ) : !error ? (
          <Skeleton height={200} aria-label={t('list.loading')} />
        ) : null}
      </Paper>
    </div>
  );
}
