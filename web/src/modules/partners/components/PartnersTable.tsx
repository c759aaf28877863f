import { Box, Button, Center, Group, Loader, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRowFragment, PartnerSortField, SortDirection } from '../../../gql/graphql';
import { SortableTh } from '../../common/components/SortableTh';
import { useFormatters } from '../../common/hooks/useFormatters';
import { PartnerRow } from './PartnerRow';

/**
 * Column widths (percent): fixed, so the columns keep their place as rows scroll in and out (an
 * automatic layout would resize them to whichever rows are rendered) and layout stays cheap.
 */
const COLUMN_WIDTHS = [19, 13, 9, 7, 18, 16, 8, 10];
const COLUMNS = COLUMN_WIDTHS.length;
const MIN_WIDTH = 1040;
/** A row's height before it is measured (rows with many badges grow). */
const ROW_ESTIMATE = 56;
/** Rows rendered beyond each edge of the view: keyboard focus and quick scrolls find them ready. */
const OVERSCAN = 20;
/** How close to the last loaded row the next page is asked for. */
const LOAD_AHEAD = 30;
/** The view's height before it is measured (and when rendered without a browser). */
const VIEW_ESTIMATE = 600;
const HEADER_HEIGHT = 44;

interface Props {
  partners: readonly PartnerRowFragment[];
  /** Firms matching the filters, loaded or not. */
  total: number;
  loading: boolean;
  loadingMore: boolean;
  /** A page failed: the next one loads when asked, not by scrolling. */
  stalled: boolean;
  onLoadMore: () => void;
  /** Changes when the list starts over (filters, sort): the view goes back to the top. */
  listKey: string;
  /** Whether any filter is set: an empty list then means "no match", not "no partner yet". */
  filtered: boolean;
  onReset: () => void;
  directionOf: (field: PartnerSortField) => SortDirection | null;
  onSort: (field: PartnerSortField) => void;
  /** Where a partner's page lives, e.g. `/vendor/partners/<id>`. */
  linkTo: (id: string) => string;
}

/**
 * The directory as one scrolling table: only the rows in view (and a margin) are in the page,
 * however many firms match; further pages load as the end comes near.
 */
export function PartnersTable(props: Props) {
  const { partners, total, loading, loadingMore, stalled, onLoadMore, listKey } = props;
  const { t } = useTranslation();
  const formatters = useFormatters();
  const viewRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: partners.length,
    getScrollElement: () => viewRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey: (index) => partners[index].id,
    initialRect: { width: MIN_WIDTH, height: VIEW_ESTIMATE },
    // Rows render in React's own time, not synchronously inside each scroll event.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index ?? 0;
  const last = rows.at(-1)?.index ?? -1;
  const before = rows[0]?.start ?? 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;
  const hasMore = partners.length < total;

  useEffect(() => {
    if (hasMore && !loadingMore && !stalled && last >= partners.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, loadingMore, stalled, last, partners.length]);

  useEffect(() => {
    viewRef.current?.scrollTo({ top: 0 });
  }, [listKey]);

  return (
    <Box
      ref={viewRef}
      mah="70vh"
      // Keyboard users scroll the list with the arrow and page keys once it has focus.
      tabIndex={0}
      role="region"
      aria-label={t('partners.listRegion')}
      // Containment keeps each scroll's relayout inside the list.
      style={{ overflow: 'auto', contain: 'content', scrollPaddingTop: HEADER_HEIGHT }}
      data-testid="partners-view"
    >
      <Table
        stickyHeader
        // Stripes follow each row's place in the whole list, not in the rendered window.
        striped={first % 2 === 0 ? 'even' : 'odd'}
        highlightOnHover
        layout="fixed"
        miw={MIN_WIDTH}
        aria-label={t('partners.title')}
        aria-rowcount={partners.length > 0 ? total + 1 : undefined}
        data-testid="partners-table"
      >
        <colgroup>
          {COLUMN_WIDTHS.map((width, column) => (
            <col key={column} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        <Table.Thead>
          <Table.Tr aria-rowindex={partners.length > 0 ? 1 : undefined}>
            <Headers {...props} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && partners.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : partners.length === 0 ? (
            <EmptyRow {...props} />
          ) : (
            <>
              <Spacer height={before} />
              {rows.map((row) => (
                <PartnerRow
                  key={row.key}
                  partner={partners[row.index]}
                  index={row.index}
                  measure={virtualizer.measureElement}
                  href={props.linkTo(partners[row.index].id)}
                  formatters={formatters}
                />
              ))}
              <Spacer height={after} />
            </>
          )}
        </Table.Tbody>
      </Table>
      {hasMore && (loadingMore || stalled) ? (
        <Center p="xs">
          {stalled ? (
            <Button variant="light" size="xs" onClick={onLoadMore} data-testid="partners-load-more">
              {t('partners.loadMore')}
            </Button>
          ) : (
            <Group gap="xs" data-testid="partners-loading-more">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                {t('list.loading')}
              </Text>
            </Group>
          )}
        </Center>
      ) : null}
    </Box>
  );
}

/** Room for the rows above or below the rendered ones; always present, so stripes keep their parity. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}

function Headers({ directionOf, onSort }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <SortableTh direction={directionOf('NAME')} onSort={() => onSort('NAME')}>
        {t('partners.columns.name')}
      </SortableTh>
      <SortableTh direction={directionOf('KIND')} onSort={() => onSort('KIND')}>
        {t('partners.columns.kind')}
      </SortableTh>
      <SortableTh direction={directionOf('STATUS')} onSort={() => onSort('STATUS')}>
        {t('partners.columns.status')}
      </SortableTh>
      <SortableTh direction={directionOf('TIER')} onSort={() => onSort('TIER')}>
        {t('partners.columns.tier')}
      </SortableTh>
      <Table.Th>{t('partners.columns.regions')}</Table.Th>
      <Table.Th>{t('partners.columns.productModules')}</Table.Th>
      <Table.Th>{t('partners.columns.headcount')}</Table.Th>
      <SortableTh direction={directionOf('CREATED_AT')} onSort={() => onSort('CREATED_AT')}>
        {t('partners.columns.createdAt')}
      </SortableTh>
    </>
  );
}

function EmptyRow({ filtered, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td colSpan={COLUMNS}>
        <Stack align="center" gap="xs" py="lg" data-testid="empty-state">
          <Text c="dimmed" ta="center">
            {filtered ? t('partners.noMatch') : t('partners.empty')}
          </Text>
          {filtered ? (
            <Button variant="light" size="xs" onClick={onReset} data-testid="partners-empty-reset">
              {t('partners.resetFilters')}
            </Button>
          ) : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
