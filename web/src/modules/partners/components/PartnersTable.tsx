import { Box, Button, Center, Group, Loader, Skeleton, Stack, Table, Text } from '@mantine/core';
import { type CSSProperties, memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRowFragment, PartnerSortField, SortDirection } from '../../../gql/graphql';
import { SortableTh } from '../../common/components/SortableTh';
import { BODY, COLUMN_WIDTHS, COLUMNS, HEADER_HEIGHT, MIN_WIDTH } from '../table-layout';
import { PartnerRows } from './PartnerRows';

/** Containment keeps each scroll's relayout and repaint inside the list. */
const VIEW: CSSProperties = { overflow: 'auto', contain: 'content', scrollPaddingTop: HEADER_HEIGHT };

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
 * however many firms match; further pages load as the end comes near. The table, its header and
 * its footer render when the list or its state changes, not as it scrolls (PartnerRows does).
 */
export function PartnersTable(props: Props) {
  const { partners, total, loading, loadingMore, stalled, onLoadMore, listKey } = props;
  const { t } = useTranslation();
  const viewRef = useRef<HTMLDivElement>(null);
  const hasMore = partners.length < total;

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
      style={VIEW}
      data-testid="partners-view"
    >
      <Table
        stickyHeader
        // Rows are rendered from an even index on, after a spacer row: the even rows are striped.
        striped="even"
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
            <Headers directionOf={props.directionOf} onSort={props.onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={BODY}>
          {loading && partners.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={COLUMNS}>
                <Skeleton height={24} aria-label={t('list.loading')} />
              </Table.Td>
            </Table.Tr>
          ) : partners.length === 0 ? (
            <EmptyRow {...props} />
          ) : (
            <PartnerRows
              partners={partners}
              total={total}
              loadingMore={loadingMore}
              stalled={stalled}
              onLoadMore={onLoadMore}
              viewRef={viewRef}
              linkTo={props.linkTo}
            />
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

interface HeadersProps {
  directionOf: Props['directionOf'];
  onSort: Props['onSort'];
}

/** The column headers; rendered again when the sort changes, not when a page of rows arrives. */
const Headers = memo(function Headers({ directionOf, onSort }: HeadersProps) {
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
});

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
