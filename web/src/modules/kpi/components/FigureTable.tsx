import { Button, Group, ScrollArea, Table, UnstyledButton } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText, toCsv } from '../../common/csv';
import { EmptyRows } from '../../common/components/EmptyRows';
import { ListFooter } from '../../common/components/ListFooter';
import { SortableTh } from '../../common/components/SortableTh';
import { sortRows, type SortDirection } from '../kpi-model';
import type { Trace } from './trace';

export interface FigureColumn<T> {
  key: string;
  label: string;
  /** The value sorted on and exported. */
  value: (row: T) => string | number | null;
  /** How the cell shows (default: the value as text). */
  render?: (row: T) => ReactNode;
  /** The rows behind this cell's figure: the cell becomes a link to them. */
  trace?: (row: T) => Trace;
}

interface Props<T> {
  testId: string;
  rows: readonly T[];
  columns: readonly FigureColumn<T>[];
  rowKey: (row: T) => string;
  csvName: string;
  /** Where a traced cell leads (needed once a column has `trace`). */
  onTrace?: (trace: Trace) => void;
  /** Long tables scroll within this height (px). */
  maxHeight?: number;
}

/** Rows drawn at once: a program of 1,000 firms × 12 months pages through them (CSV exports all). */
export const FIGURE_PAGE = 50;

/** A sortable table of figures, each traceable to its rows, exportable as CSV. */
export function FigureTable<T>({ testId, rows, columns, rowKey, csvName, onTrace, maxHeight }: Props<T>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ key: string; direction: SortDirection } | null>(null);
  const [page, setPage] = useState(1);
  const column = columns.find((c) => c.key === sort?.key);
  const shown = column && sort ? sortRows(rows, column.value, sort.direction) : rows;
  const current = Math.min(page, Math.max(1, Math.ceil(shown.length / FIGURE_PAGE)));
  const visible = shown.slice((current - 1) * FIGURE_PAGE, current * FIGURE_PAGE);
  const toggle = (key: string) =>
    setSort((s) => ({ key, direction: s?.key === key && s.direction === 'ASC' ? 'DESC' : 'ASC' }));
  const exportCsv = () =>
    downloadText(
      csvName,
      toCsv([columns.map((c) => c.label), ...shown.map((r) => columns.map((c) => String(c.value(r) ?? '')))]),
    );

  return (
    <>
      <ScrollArea.Autosize mah={maxHeight}>
        <Table striped highlightOnHover stickyHeader={maxHeight !== undefined} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <SortableTh
                  key={c.key}
                  direction={sort?.key === c.key ? sort.direction : null}
                  onSort={() => toggle(c.key)}
                >
                  {c.label}
                </SortableTh>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.length === 0 ? (
              <EmptyRows colSpan={columns.length} message={t('kpi.empty')} />
            ) : (
              visible.map((row) => (
                <Table.Tr key={rowKey(row)} data-testid={`${testId}-row`}>
                  {columns.map((c) => {
                    const content = c.render ? c.render(row) : (c.value(row) ?? '—');
                    return (
                      <Table.Td key={c.key} data-column={c.key}>
                        {c.trace ? (
                          <UnstyledButton
                            c="blue.7"
                            td="underline"
                            onClick={() => onTrace?.(c.trace!(row))}
                            aria-label={t('kpi.trace', { figure: c.label })}
                            data-testid="trace-figure"
                          >
                            {content}
                          </UnstyledButton>
                        ) : (
                          content
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {shown.length > FIGURE_PAGE && (
        <ListFooter page={current} pageSize={FIGURE_PAGE} total={shown.length} onPage={setPage} />
      )}
      <Group justify="flex-end" mt="xs">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconDownload size={14} />}
          onClick={exportCsv}
          disabled={rows.length === 0}
          data-testid={`${testId}-csv`}
        >
          {t('kpi.csv')}
        </Button>
      </Group>
    </>
  );
}
