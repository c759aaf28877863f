import { Progress, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../common/hooks/useFormatters';
import { cellState, type CalendarCellData, type CellState } from '../calendar';
import { utilization } from '../months';

/** Background of a cell: red when every slot is taken, grey when nothing is offered. */
export const CELL_BACKGROUND: Record<CellState, string | undefined> = {
  none: 'var(--mantine-color-gray-light)',
  full: 'var(--mantine-color-red-light)',
  open: undefined,
};

interface Props {
  partnerName: string;
  monthLabel: string;
  cell: CalendarCellData;
  /** Opens the offer dialog; absent for past months or users who may not offer. */
  onEdit?: () => void;
}

/** One firm's month: "consumed/offered", a small bar and the free slots; a click changes the offer. */
export function CalendarCell({ partnerName, monthLabel, cell, onEdit }: Props) {
  const { t } = useTranslation();
  const state = cellState(cell);
  const summary = t('capacity.calendar.cellLabel', {
    partner: partnerName,
    month: monthLabel,
    offered: cell.offered,
    consumed: cell.consumed,
    free: cell.free,
  });
  const content = <CellContent cell={cell} state={state} />;
  return (
    <Table.Td
      data-testid="calendar-cell"
      data-partner={partnerName}
      data-month={cell.month}
      data-offered={cell.offered}
      data-consumed={cell.consumed}
      data-free={cell.free}
      data-state={state}
      bg={CELL_BACKGROUND[state]}
      p={4}
    >
      {onEdit ? (
        <Tooltip label={t('capacity.calendar.editHint')} withinPortal openDelay={400}>
          <UnstyledButton
            onClick={onEdit}
            aria-label={`${summary} ${t('capacity.calendar.editHint')}`}
            w="100%"
            p={4}
            style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            data-testid="calendar-cell-edit"
          >
            {content}
          </UnstyledButton>
        </Tooltip>
      ) : (
        <Stack gap={0} p={4} aria-label={summary}>
          {content}
        </Stack>
      )}
    </Table.Td>
  );
}

/** The numbers and bar of a cell, also used by the totals row. */
export function CellContent({ cell, state }: { cell: CalendarCellData; state: CellState }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const color = state === 'full' ? 'red' : 'blue';
  return (
    <Stack gap={2} miw={84}>
      <Text size="sm" fw={600} ta="center" c={state === 'none' ? 'dimmed' : undefined}>
        {t('capacity.calendar.consumedOfOffered', {
          consumed: formatNumber(cell.consumed),
          offered: formatNumber(cell.offered),
        })}
      </Text>
      <Progress size="sm" value={utilization(cell.offered, cell.consumed)} color={color} aria-hidden />
      <Text size="xs" ta="center" c={state === 'full' ? 'red.8' : 'dimmed'}>
        {state === 'none'
          ? t('capacity.calendar.noOffer')
          : state === 'full'
            ? t('capacity.calendar.full')
            : t('capacity.calendar.freeCount', { free: formatNumber(cell.free) })}
      </Text>
    </Stack>
  );
}
