import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AssignmentCustomerFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import type { ProposalRow, UnmatchedRow } from '../proposal';
import { CustomerSummary } from './CustomerSummary';

interface Props {
  unmatched: readonly UnmatchedRow[];
  removed: readonly ProposalRow[];
  disabled: boolean;
  onPlace: (customer: AssignmentCustomerFragment) => void;
  onRestore: (row: ProposalRow) => void;
}

/** Customers the proposal leaves out (with why), and rows the user took out of the batch. */
export function UnmatchedList({ unmatched, removed, disabled, onPlace, onRestore }: Props) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <>
      {unmatched.length > 0 ? (
        <Paper withBorder radius="md" p="md" data-testid="proposal-unmatched">
          <Title order={5}>{t('assignments.auto.unmatched.title', { count: unmatched.length })}</Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('assignments.auto.unmatched.intro')}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label={t('assignments.auto.unmatched.title', { count: unmatched.length })}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assignments.columns.customer')}</Table.Th>
                  <Table.Th>{t('assignments.auto.unmatched.eligible')}</Table.Th>
                  <Table.Th>{t('assignments.auto.unmatched.why')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {unmatched.map((u) => (
                  <Table.Tr
                    key={u.customer.id}
                    data-testid="proposal-unmatched-row"
                    data-company={u.customer.companyName}
                    data-eligible={u.eligiblePartners}
                  >
                    <Table.Td>
                      <CustomerSummary customer={u.customer} compact />
                    </Table.Td>
                    <Table.Td>{formatNumber(u.eligiblePartners)}</Table.Td>
                    <Table.Td>
                      <Text
                        size="sm"
                        c={u.eligiblePartners === 0 ? 'red' : 'orange'}
                        data-testid="proposal-unmatched-why"
                      >
                        {u.eligiblePartners === 0
                          ? t('assignments.auto.unmatched.noFirm')
                          : t('assignments.auto.unmatched.betterFits')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {u.eligiblePartners > 0 ? (
                        <Button
                          size="xs"
                          variant="light"
                          leftSection={<IconUserPlus size={14} aria-hidden />}
                          disabled={disabled}
                          onClick={() => onPlace(u.customer)}
                          data-testid="proposal-unmatched-assign"
                        >
                          {t('assignments.auto.unmatched.assign')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      {removed.length > 0 ? (
        <Paper withBorder radius="md" p="md" data-testid="proposal-removed">
          <Title order={5}>{t('assignments.auto.removed.title', { count: removed.length })}</Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('assignments.auto.removed.intro')}
          </Text>
          <Table aria-label={t('assignments.auto.removed.title', { count: removed.length })}>
            <Table.Tbody>
              {removed.map((row) => (
                <Table.Tr
                  key={row.customer.id}
                  data-testid="proposal-removed-row"
                  data-company={row.customer.companyName}
                >
                  <Table.Td>{row.customer.companyName}</Table.Td>
                  <Table.Td>{row.partner.name}</Table.Td>
                  <Table.Td>{row.lead.displayName}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      leftSection={<IconArrowBackUp size={14} aria-hidden />}
                      disabled={disabled}
                      onClick={() => onRestore(row)}
                      data-testid="proposal-restore"
                    >
                      {t('assignments.auto.removed.restore')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </>
  );
}
