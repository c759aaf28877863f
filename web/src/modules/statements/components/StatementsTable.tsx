import { ActionIcon, Table, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyRows } from '../../common/components/EmptyRows';
import { SortableTh } from '../../common/components/SortableTh';
import type { StatementFieldsFragment } from '../../../gql/graphql';
import { useStatementFormat } from '../hooks/useStatementFormat';
import { grandTotal, nextSort, sortStatements, type StatementSort, type StatementSortKey } from '../statement-model';
import { StatementLinesTable } from './StatementLinesTable';

interface Props {
  statements: readonly StatementFieldsFragment[];
  label: string;
  /** Firms whose lines are shown. */
  open: ReadonlySet<string>;
  onToggle: (partnerId: string) => void;
}

const COLUMNS: { key: StatementSortKey; labelKey: string; numeric: boolean }[] = [
  { key: 'partnerName', labelKey: 'statements.table.firm', numeric: false },
  { key: 'completedCount', labelKey: 'statements.table.completed', numeric: true },
  { key: 'baseFee', labelKey: 'statements.table.baseFee', numeric: true },
  { key: 'total', labelKey: 'statements.table.total', numeric: true },
];

/** One row per firm, sortable; a row opens onto its lines; the foot sums every firm. */
export function StatementsTable({ statements, label, open, onToggle }: Props) {
  const { t } = useTranslation();
  const format = useStatementFormat();
  const [sort, setSort] = useState<StatementSort | null>(null);
  const rows = sortStatements(statements, sort);
  const sum = grandTotal(statements);
  const colSpan = COLUMNS.length + 1;

  return (
    <Table highlightOnHover aria-label={label} data-testid="statements-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={48}>
            <VisuallyHidden>{t('statements.table.details')}</VisuallyHidden>
          </Table.Th>
          {COLUMNS.map((c) => (
            <SortableTh
              key={c.key}
              direction={sort?.key === c.key ? sort.direction : null}
              onSort={() => setSort((s) => nextSort(s, c.key))}
            >
              {t(c.labelKey)}
            </SortableTh>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 ? (
          <EmptyRows colSpan={colSpan} message={t('statements.table.noFirms')} />
        ) : (
          rows.map((s) => {
            const isOpen = open.has(s.partnerId);
            const linesId = `statement-lines-${s.partnerId}`;
            return (
              <Fragment key={s.partnerId}>
                <Table.Tr
                  onClick={() => onToggle(s.partnerId)}
                  style={{ cursor: 'pointer' }}
                  data-testid={`statement-row-${s.partnerId}`}
                  data-open={isOpen}
                >
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? linesId : undefined}
                      aria-label={t(isOpen ? 'statements.table.collapse' : 'statements.table.expand', {
                        firm: s.partnerName,
                      })}
                      onClick={(event) => {
                        event.stopPropagation();
                        onToggle(s.partnerId);
                      }}
                      data-testid={`statement-toggle-${s.partnerId}`}
                    >
                      {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>{s.partnerName}</Table.Td>
                  <Table.Td>{format.count(s.completedCount)}</Table.Td>
                  <Table.Td>{format.yen(s.baseFee)}</Table.Td>
                  <Table.Td fw={600} data-testid={`statement-total-${s.partnerId}`}>
                    {format.yen(s.total)}
                  </Table.Td>
                </Table.Tr>
                {isOpen ? (
                  <Table.Tr id={linesId}>
                    <Table.Td colSpan={colSpan} bg="var(--mantine-color-gray-0)">
                      <StatementLinesTable
                        lines={s.lines}
                        label={t('statements.lines.label', { firm: s.partnerName })}
                        testId={linesId}
                      />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })
        )}
      </Table.Tbody>
      {rows.length > 0 ? (
        <Table.Tfoot>
          <Table.Tr>
            <Table.Td />
            <Table.Th>{t('statements.table.grandTotal')}</Table.Th>
            <Table.Td fw={600}>{format.count(sum.completedCount)}</Table.Td>
            <Table.Td />
            <Table.Td fw={700} data-testid="statements-grand-total">
              {format.yen(sum.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      ) : null}
    </Table>
  );
}
