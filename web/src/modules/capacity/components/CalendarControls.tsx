import { ActionIcon, Button, Group, SegmentedControl, Text, TextInput, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CALENDAR_SPANS, isSpan, rangeEnd, type CalendarSpan } from '../calendar';
import { useCapacityLabels } from '../hooks';

interface Props {
  from: string;
  span: CalendarSpan;
  thisMonth: string;
  search: string;
  onSearch: (value: string) => void;
  onFrom: (from: string) => void;
  onStep: (step: -1 | 1) => void;
  onSpan: (span: CalendarSpan) => void;
}

/** The window of months (back, forward, back to this month, how many) and the firm name filter. */
export function CalendarControls({ from, span, thisMonth, search, onSearch, onFrom, onStep, onSpan }: Props) {
  const { t } = useTranslation();
  const { monthLabel } = useCapacityLabels();
  return (
    <Group justify="space-between" align="end" gap="md" mb="md" wrap="wrap" data-testid="calendar-controls">
      <Group gap="xs" align="center" wrap="wrap">
        <Tooltip label={t('capacity.calendar.previous', { months: span })}>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => onStep(-1)}
            aria-label={t('capacity.calendar.previous', { months: span })}
            data-testid="calendar-prev"
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Text fw={600} miw={180} ta="center" data-testid="calendar-range" aria-live="polite">
          {t('capacity.calendar.range', { from: monthLabel(from), to: monthLabel(rangeEnd(from, span)) })}
        </Text>
        <Tooltip label={t('capacity.calendar.next', { months: span })}>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={() => onStep(1)}
            aria-label={t('capacity.calendar.next', { months: span })}
            data-testid="calendar-next"
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Button
          variant="subtle"
          onClick={() => onFrom(thisMonth)}
          disabled={from === thisMonth}
          data-testid="calendar-today"
        >
          {t('capacity.calendar.thisMonth')}
        </Button>
        <SegmentedControl
          value={String(span)}
          onChange={(value) => {
            const next = Number(value);
            if (isSpan(next)) onSpan(next);
          }}
          data={CALENDAR_SPANS.map((value) => ({
            value: String(value),
            label: t('capacity.calendar.span', { months: value }),
          }))}
          aria-label={t('capacity.calendar.spanLabel')}
          data-testid="calendar-months"
        />
      </Group>
      <TextInput
        label={t('capacity.calendar.filter')}
        placeholder={t('capacity.calendar.filterPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        w={260}
        data-testid="calendar-filter"
      />
    </Group>
  );
}
