import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRows } from '../../common/components/EmptyRows';
import { useFormatters } from '../../common/hooks/useFormatters';
import { PartnerTierBadge } from '../../partners/components/PartnerTierBadge';
import {
  cellState,
  freeInRange,
  shortfall,
  type CalendarRowData,
  type CalendarSortDirection,
  type CalendarSortField,
  type CalendarTotalData,
} from '../calendar';
import { useCapacityLabels } from '../hooks';
import { CELL_BACKGROUND, CalendarCell, CellContent } from './CalendarCell';

interface Props {
  months: readonly string[];
  rows: readonly CalendarRowData[];
  totals: readonly CalendarTotalData[];
  /** Active firms before the name filter: tells "no active firm" from "no firm matches". */
  activeFirms: number;
  thisMonth: string;
  sort: CalendarSortField;
  direction: CalendarSortDirection;
  onSort: (field: CalendarSortField) => void;
  /** Opens the offer dialog of a firm's month; absent when the user may not offer. */
  onEdit?: (row: CalendarRowData, month: string) => void;
  partnerLink: (id: string) => string;
}

/** Active firms × months, with the totals of every active firm and the demand per month. */
export function CalendarGrid(props: Props) {
  const { months, rows, totals, activeFirms, thisMonth, onEdit } = props;
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  const { formatNumber } = useFormatters();
  const columns = months.length + 3;
  const totalOf = (month: string): CalendarTotalData =>
    totals.find((total) => total.month === month) ?? { month, offered: 0, consumed: 0, free: 0, demand: 0 };
  const demandSum = months.reduce((sum, m) => sum + totalOf(m).demand, 0);
  const freeSum = months.reduce((sum, m) => sum + totalOf(m).free, 0);
  return (
    <Table.ScrollContainer minWidth={360 + months.length * 110}>
      <Table verticalSpacing={4} withColumnBorders withTableBorder data-testid="calendar-grid">
        <Table.Thead>
          <Table.Tr>
            <SortHeader field="name" {...props} testId="calendar-sort-name">
              {t('capacity.calendar.columns.firm')}
            </SortHeader>
            <Table.Th>{t('capacity.calendar.columns.tier')}</Table.Th>
            {months.map((month) => (
              <Table.Th key={month} ta="center" data-testid="calendar-month" data-month={month}>
                <Text size="sm" fw={month === thisMonth ? 700 : 600} c={month === thisMonth ? 'blue' : undefined}>
                  {monthLabel(month)}
                </Text>
              </Table.Th>
            ))}
            <SortHeader field="free" {...props} testId="calendar-sort-free">
              {t('capacity.calendar.columns.freeInRange')}
            </SortHeader>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 ? (
            <EmptyRows
              colSpan={columns}
              message={activeFirms === 0 ? t('capacity.calendar.empty') : t('capacity.calendar.noMatch')}
            />
          ) : null}
          {rows.map((row) => (
            <Table.Tr key={row.partner.id} data-testid="calendar-row" data-partner={row.partner.name}>
              <Table.Td>
                <Anchor component={Link} to={props.partnerLink(row.partner.id)} size="sm" fw={500}>
                  {row.partner.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <PartnerTierBadge tier={row.partner.tier} />
              </Table.Td>
              {months.map((month) => {
                const cell = row.months.find((m) => m.month === month) ?? { month, offered: 0, consumed: 0, free: 0 };
                return (
                  <CalendarCell
                    key={month}
                    partnerName={row.partner.name}
                    monthLabel={monthLabel(month)}
                    cell={cell}
                    onEdit={onEdit && month >= thisMonth ? () => onEdit(row, month) : undefined}
                  />
                );
              })}
              <Table.Td ta="right" data-testid="calendar-row-free">
                {formatNumber(freeInRange(row))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr data-testid="calendar-totals">
            <Table.Th colSpan={2}>
              <Text size="sm" fw={700}>
                {t('capacity.calendar.total')}
              </Text>
              <Text size="xs" c="dimmed" fw={400}>
                {t('capacity.calendar.totalNote')}
              </Text>
            </Table.Th>
            {months.map((month) => {
              const total = totalOf(month);
              const state = cellState(total);
              return (
                <Table.Td
                  key={month}
                  p={8}
                  bg={CELL_BACKGROUND[state]}
                  data-testid="calendar-total"
                  data-month={month}
                  data-offered={total.offered}
                  data-consumed={total.consumed}
                  data-free={total.free}
                >
                  <CellContent cell={total} state={state} />
                </Table.Td>
              );
            })}
            <Table.Td ta="right" fw={700} data-testid="calendar-total-free">
              {formatNumber(freeSum)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr data-testid="calendar-demand-row">
            <Table.Th colSpan={2}>
              <Text size="sm" fw={700}>
                {t('capacity.calendar.demand')}
              </Text>
              <Text size="xs" c="dimmed" fw={400}>
                {t('capacity.calendar.demandNote')}
              </Text>
            </Table.Th>
            {months.map((month) => (
              <DemandCell key={month} total={totalOf(month)} />
            ))}
            <Table.Td ta="right" fw={700} data-testid="calendar-demand-total">
              {formatNumber(demandSum)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Unassigned customers of a month; red with the missing slots when they exceed the free ones. */
function DemandCell({ total }: { total: CalendarTotalData }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const missing = shortfall(total);
  return (
    <Table.Td
      p={8}
      ta="center"
      bg={missing > 0 ? 'var(--mantine-color-red-light)' : undefined}
      data-testid="calendar-demand"
      data-month={total.month}
      data-demand={total.demand}
      data-shortfall={missing}
    >
      <Stack gap={2} align="center">
        <Text size="sm" fw={600}>
          {formatNumber(total.demand)}
        </Text>
        {missing > 0 ? (
          <Badge
            color="red"
            variant="filled"
            size="sm"
            leftSection={<IconAlertTriangle size={12} aria-hidden />}
            style={{ textTransform: 'none' }}
            data-testid="calendar-shortfall"
          >
            {t('capacity.calendar.shortfall', { missing: formatNumber(missing) })}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            {t('capacity.calendar.covered')}
          </Text>
        )}
      </Stack>
    </Table.Td>
  );
}

function SortHeader({
  field,
  sort,
  direction,
  onSort,
  testId,
  children,
}: Pick<Props, 'sort' | 'direction' | 'onSort'> & { field: CalendarSortField; testId: string; children: ReactNode }) {
  const active = sort === field;
  const Icon = !active ? IconSelector : direction === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} data-testid={testId}>
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {children}
          </Text>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
