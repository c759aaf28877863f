import { ActionIcon, Badge, Group, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconArrowsExchange, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyRows } from '../../common/components/EmptyRows';
import { useFormatters } from '../../common/hooks/useFormatters';
import type { ProposalRow } from '../proposal';
import { CustomerSummary } from './CustomerSummary';

const COLUMNS = 6;

interface Props {
  rows: readonly ProposalRow[];
  /** Firms given more customers than they have free slots. */
  overloaded: ReadonlySet<string>;
  failedCustomerId: string | null;
  disabled: boolean;
  onChange: (row: ProposalRow) => void;
  onRemove: (row: ProposalRow) => void;
}

/** The proposal under review: one customer per row, its firm, lead and fit; change or drop any row. */
export function ProposalTable({ rows, overloaded, failedCustomerId, disabled, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover aria-label={t('assignments.auto.proposalTitle')} data-testid="proposal-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={48}>{t('assignments.auto.columns.row')}</Table.Th>
            <Table.Th>{t('assignments.columns.customer')}</Table.Th>
            <Table.Th>{t('assignments.columns.partner')}</Table.Th>
            <Table.Th>{t('assignments.columns.lead')}</Table.Th>
            <Table.Th>{t('assignments.columns.fit')}</Table.Th>
            <Table.Th>{t('assignments.auto.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <EmptyRows colSpan={COLUMNS} message={t('assignments.auto.noRows')} />
          ) : (
            rows.map((row, index) => {
              const failed = row.customer.id === failedCustomerId;
              const over = overloaded.has(row.partner.id);
              return (
                <Table.Tr
                  key={row.customer.id}
                  data-testid="proposal-row"
                  data-company={row.customer.companyName}
                  data-partner={row.partner.name}
                  data-lead={row.lead.displayName}
                  data-edited={row.edited ? 'true' : 'false'}
                  data-failed={failed ? 'true' : 'false'}
                  bg={failed ? 'var(--mantine-color-red-light)' : undefined}
                >
                  <Table.Td>{formatNumber(index + 1)}</Table.Td>
                  <Table.Td>
                    <CustomerSummary customer={row.customer} compact />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{row.partner.name}</Text>
                      {over ? (
                        <Tooltip label={t('assignments.auto.overCapacityHint')} withinPortal>
                          <IconAlertTriangle
                            size={16}
                            color="var(--mantine-color-orange-6)"
                            aria-label={t('assignments.auto.overCapacityHint')}
                          />
                        </Tooltip>
                      ) : null}
                      {row.edited ? (
                        <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                          {t('assignments.auto.edited')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  <Table.Td>{row.lead.displayName}</Table.Td>
                  <Table.Td>{formatNumber(row.fit)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label={t('assignments.auto.change')} withinPortal>
                        <ActionIcon
                          variant="subtle"
                          disabled={disabled}
                          onClick={() => onChange(row)}
                          aria-label={t('assignments.auto.changeLabel', { company: row.customer.companyName })}
                          data-testid="proposal-change"
                        >
                          <IconArrowsExchange size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('assignments.auto.remove')} withinPortal>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          disabled={disabled}
                          onClick={() => onRemove(row)}
                          aria-label={t('assignments.auto.removeLabel', { company: row.customer.companyName })}
                          data-testid="proposal-remove"
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
