import { Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../common/hooks/useFormatters';
import { fitRatio, formatRatio, totalFit, type FirmLoad, type ProposalState } from '../proposal';

interface Props {
  proposal: ProposalState;
  loads: readonly FirmLoad[];
}

/** Items, total fit against a greedy pick, and customers per firm against its free slots. */
export function ProposalSummary({ proposal, loads }: Props) {
  const { t, i18n } = useTranslation();
  const { formatNumber } = useFormatters();
  const current = totalFit(proposal.rows);
  const edited = proposal.rows.some((r) => r.edited) || proposal.removed.length > 0;
  const ratio = formatRatio(fitRatio(proposal.objective, proposal.greedyObjective), i18n.language, t('common.none'));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Stat
            label={t('assignments.auto.summary.items')}
            value={formatNumber(proposal.rows.length)}
            testId="proposal-count"
          />
          <Stat
            label={t('assignments.auto.summary.unmatched')}
            value={formatNumber(proposal.unmatched.length)}
            testId="proposal-unmatched-count"
          />
          <Stat
            label={t('assignments.auto.summary.objective')}
            value={formatNumber(proposal.objective)}
            testId="proposal-objective"
          />
          <Stat
            label={t('assignments.auto.summary.greedy')}
            value={t('assignments.auto.summary.greedyValue', { value: formatNumber(proposal.greedyObjective), ratio })}
            testId="proposal-greedy"
          />
          {edited ? (
            <Stat
              label={t('assignments.auto.summary.current')}
              value={formatNumber(current)}
              testId="proposal-current-total"
            />
          ) : null}
          <Text size="xs" c="dimmed">
            {t('assignments.auto.summary.explain')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={5} mb="xs">
          {t('assignments.auto.summary.perFirm')}
        </Title>
        <Table.ScrollContainer minWidth={360} mah={320}>
          <Table aria-label={t('assignments.auto.summary.perFirm')} data-testid="proposal-firm-loads">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assignments.columns.partner')}</Table.Th>
                <Table.Th>{t('assignments.auto.summary.customers')}</Table.Th>
                <Table.Th w="40%">{t('assignments.auto.summary.freeSlots')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loads.map((load) => (
                <Table.Tr
                  key={load.partnerId}
                  data-testid="proposal-firm-load"
                  data-partner={load.name}
                  data-count={load.count}
                  data-free={load.free ?? ''}
                  data-over={load.over ? 'true' : 'false'}
                >
                  <Table.Td>{load.name}</Table.Td>
                  <Table.Td c={load.over ? 'red' : undefined} fw={load.over ? 600 : undefined}>
                    {formatNumber(load.count)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={load.free ? Math.min(100, (load.count / load.free) * 100) : 100}
                        color={load.over ? 'red' : 'teal'}
                        size="md"
                        style={{ flex: 1 }}
                        aria-hidden
                      />
                      <Text size="xs" c={load.over ? 'red' : 'dimmed'} w={110}>
                        {load.free === null
                          ? t('assignments.auto.summary.freeUnknown')
                          : load.over
                            ? t('assignments.auto.summary.over', { count: load.count, free: load.free })
                            : t('assignments.auto.summary.ofFree', { count: load.count, free: load.free })}
                      </Text>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </SimpleGrid>
  );
}

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Group justify="space-between" gap="md" wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {value}
      </Text>
    </Group>
  );
}
