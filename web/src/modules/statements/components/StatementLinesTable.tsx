import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyRows } from '../../common/components/EmptyRows';
import type { StatementFieldsFragment } from '../../../gql/graphql';
import { useStatementFormat } from '../hooks/useStatementFormat';

type Line = StatementFieldsFragment['lines'][number];

/** One firm's lines: each completed onboarding with the tier and rate it earned. */
export function StatementLinesTable({
  lines,
  label,
  testId,
}: {
  lines: readonly Line[];
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useStatementFormat();
  return (
    <Table striped aria-label={label} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('statements.lines.customer')}</Table.Th>
          <Table.Th>{t('statements.lines.completedOn')}</Table.Th>
          <Table.Th>{t('statements.lines.tier')}</Table.Th>
          <Table.Th ta="right">{t('statements.lines.rewardRate')}</Table.Th>
          <Table.Th ta="right">{t('statements.lines.amount')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.length === 0 ? (
          <EmptyRows colSpan={5} message={t('statements.lines.none')} />
        ) : (
          lines.map((line) => (
            <Table.Tr key={line.projectId} data-testid="statement-line" data-customer={line.customerName}>
              <Table.Td>{line.customerName}</Table.Td>
              <Table.Td>{format.day(line.completedOn)}</Table.Td>
              <Table.Td>{t('statements.lines.tierValue', { tier: line.tier })}</Table.Td>
              <Table.Td ta="right">{format.rate(line.rewardRate)}</Table.Td>
              <Table.Td ta="right" data-column="amount">
                {format.yen(line.amount)}
              </Table.Td>
            </Table.Tr>
          ))
        )}
      </Table.Tbody>
    </Table>
  );
}
