import { useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRowFragment } from '../../../gql/graphql';
import { useFormatters } from '../../common/hooks/useFormatters';
import { COLUMNS, evenStart, LOAD_AHEAD, MIN_WIDTH, OVERSCAN, ROW_HEIGHT, VIEW_ESTIMATE } from '../table-layout';
import { PartnerRow } from './PartnerRow';

interface Props {
  partners: readonly PartnerRowFragment[];
  /** Firms matching the filters, loaded or not. */
  total: number;
  loadingMore: boolean;
  stalled: boolean;
  onLoadMore: () => void;
  /** The scrolling view around the table. */
  viewRef: RefObject<HTMLDivElement | null>;
  linkTo: (id: string) => string;
}

const rowHeight = () => ROW_HEIGHT;

/**
 * The table's body: only the rows in view (and a margin) are in the page, between two spacers
 * that keep the scroll bar spanning the whole list. This is the only part of the table that
 * renders as it scrolls; rows already in view are kept as they are.
 */
export function PartnerRows({ partners, total, loadingMore, stalled, onLoadMore, viewRef, linkTo }: Props) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  // Kept from render to render: a new one would make the list place all its rows again.
  const itemKey = useCallback((index: number) => partners[index].id, [partners]);
  const virtualizer = useVirtualizer({
    count: partners.length,
    getScrollElement: () => viewRef.current,
    // Every row has this height: rows are placed without measuring them.
    estimateSize: rowHeight,
    overscan: OVERSCAN,
    rangeExtractor: evenStart,
    getItemKey: itemKey,
    initialRect: { width: MIN_WIDTH, height: VIEW_ESTIMATE },
    // Rows render in React's own time, not synchronously inside each scroll event.
    useFlushSync: false,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.at(-1)?.index ?? -1;
  const before = rows[0]?.start ?? 0;
  const after = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;
  const hasMore = partners.length < total;

  useEffect(() => {
    if (hasMore && !loadingMore && !stalled && last >= partners.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, loadingMore, stalled, last, partners.length]);

  return (
    <>
      <Spacer height={before} />
      {rows.map((row) => (
        <PartnerRow
          key={row.key}
          partner={partners[row.index]}
          index={row.index}
          href={linkTo(partners[row.index].id)}
          t={t}
          formatters={formatters}
        />
      ))}
      <Spacer height={after} />
    </>
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
