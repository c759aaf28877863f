import { Alert, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { ErrorAlert } from '../../common/components/ErrorAlert';
import { PageHeader } from '../../common/components/PageHeader';
import { downloadText, toCsv } from '../../common/csv';
import {
  calendarCsvRows,
  calendarParams,
  defaultDirection,
  filterRows,
  parseCalendarQuery,
  rangeEnd,
  shortfall,
  sortRows,
  stepRange,
  type CalendarQuery,
  type CalendarRowData,
  type CalendarSortField,
} from '../calendar';
import { CapacityCalendarQuery } from '../graphql/capacity';
import { useCapacityLabels } from '../hooks';
import { monthOf } from '../months';
import { CalendarChart } from './CalendarChart';
import { CalendarControls } from './CalendarControls';
import { CalendarGrid } from './CalendarGrid';
import { CalendarOfferModal, type CalendarOfferTarget } from './CalendarOfferModal';

const OFFER_ROLES = ['VENDOR_ADMIN', 'VENDOR_STAFF'];

/** The vendor's capacity calendar: every active firm's slots per month against the customers waiting. */
export default function CapacityCalendarPage() {
  const { t, i18n } = useTranslation();
  const user = useSession();
  const { monthLabel } = useCapacityLabels();
  const thisMonth = monthOf(new Date());
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseCalendarQuery(params, thisMonth), [params, thisMonth]);
  const [searchInput, setSearchInput] = useState(query.search);
  const [search] = useDebouncedValue(searchInput, 200);
  const [target, setTarget] = useState<CalendarOfferTarget | null>(null);
  const canOffer = OFFER_ROLES.includes(user.role);

  const update = (patch: Partial<CalendarQuery>, replace = false) =>
    setParams(calendarParams({ ...query, ...patch }, thisMonth), { replace });

  useEffect(() => {
    if (search !== query.search) update({ search }, true);
  }, [search]);
  useEffect(() => {
    if (query.search !== searchInput && query.search !== search) setSearchInput(query.search);
  }, [query.search]);

  const { data, previousData, loading, error } = useQuery(CapacityCalendarQuery, {
    variables: { fromMonth: query.from, months: query.span },
    // Assignments made anywhere else change consumption and demand: always ask the server again.
    fetchPolicy: 'cache-and-network',
  });
  const calendar = (data ?? previousData)?.capacityCalendar;
  const rows = useMemo(
    () =>
      sortRows(
        filterRows<CalendarRowData>(calendar?.rows ?? [], searchInput),
        query.sort,
        query.direction,
        i18n.language,
      ),
    [calendar, searchInput, query.sort, query.direction, i18n.language],
  );
  const months = calendar?.months ?? [];
  const totals = calendar?.totals ?? [];
  const short = totals.filter((total) => shortfall(total) > 0);

  function onSort(field: CalendarSortField) {
    const direction = query.sort === field ? (query.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(field);
    update({ sort: field, direction });
  }

  function onExport() {
    const csv = toCsv(
      calendarCsvRows(months, rows, totals, {
        firm: t('capacity.calendar.csv.firm'),
        tier: t('capacity.calendar.csv.tier'),
        offered: t('capacity.calendar.csv.offered'),
        consumed: t('capacity.calendar.csv.consumed'),
        free: t('capacity.calendar.csv.free'),
        total: t('capacity.calendar.csv.total'),
        demand: t('capacity.calendar.csv.demand'),
        shortfall: t('capacity.calendar.csv.shortfall'),
      }),
    );
    // The byte-order mark lets spreadsheet software read the Japanese names as UTF-8.
    downloadText(`capacity-calendar-${query.from}-${rangeEnd(query.from, query.span)}.csv`, '\uFEFF' + csv);
  }

  return (
    <div data-testid="capacity-calendar" data-from={query.from} data-months={query.span}>
      <PageHeader
        title={t('capacity.calendar.title')}
        actions={
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={onExport}
            disabled={!calendar}
            data-testid="calendar-csv"
          >
            {t('capacity.calendar.exportCsv')}
          </Button>
        }
      />
      <Text size="sm" c="dimmed" mb="md" maw={760}>
        {canOffer ? t('capacity.calendar.intro') : t('capacity.calendar.introReadOnly')}
      </Text>
      <CalendarControls
        from={query.from}
        span={query.span}
        thisMonth={thisMonth}
        search={searchInput}
        onSearch={setSearchInput}
        onFrom={(from) => update({ from })}
        onStep={(step) => update({ from: stepRange(query.from, query.span, step) })}
        onSpan={(span) => update({ span })}
      />
      {error ? <ErrorAlert error={error} /> : null}
      {short.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('capacity.calendar.shortfallAlert.title')}
          mb="sm"
          data-testid="calendar-shortfall-alert"
        >
          {t('capacity.calendar.shortfallAlert.body', {
            months: short
              .map((total) =>
                t('capacity.calendar.shortfallAlert.month', {
                  month: monthLabel(total.month),
                  missing: shortfall(total),
                }),
              )
              .join(t('capacity.calendar.shortfallAlert.separator')),
          })}
        </Alert>
      ) : null}
      {!calendar ? (
        loading ? (
          <Skeleton height={320} aria-label={t('list.loading')} />
        ) : null
      ) : (
        <Stack gap="lg">
          <Paper withBorder radius="md" style={{ opacity: loading ? 0.6 : 1 }} aria-busy={loading}>
            <CalendarGrid
              months={months}
              rows={rows}
              totals={totals}
              activeFirms={calendar.rows.length}
              thisMonth={thisMonth}
              sort={query.sort}
              direction={query.direction}
              onSort={onSort}
              onEdit={
                canOffer
                  ? (row, month) => setTarget({ partnerId: row.partner.id, partnerName: row.partner.name, month })
                  : undefined
              }
              partnerLink={(id) => `/vendor/partners/${id}`}
            />
          </Paper>
          <Group gap="md">
            <Legend color="var(--mantine-color-red-light)" label={t('capacity.calendar.legend.full')} />
            <Legend color="var(--mantine-color-gray-light)" label={t('capacity.calendar.legend.none')} />
            {canOffer ? (
              <Text size="xs" c="dimmed">
                {t('capacity.calendar.legend.edit')}
              </Text>
            ) : null}
          </Group>
          {calendar.rows.length > 0 ? <CalendarChart totals={totals} /> : null}
        </Stack>
      )}
      {target ? <CalendarOfferModal target={target} onClose={() => setTarget(null)} /> : null}
    </div>
  );
}

function Legend({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6}>
      <span
        aria-hidden
        style={{
          display: 'inline-block',
          width: 14,
          height: 14,
          borderRadius: 3,
          background: color,
          border: '1px solid var(--mantine-color-default-border)',
        }}
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
