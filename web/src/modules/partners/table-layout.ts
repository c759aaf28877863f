import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import type { CSSProperties } from 'react';

/**
 * The directory table's geometry, shared by the table and its rows. Every row has the same height,
 * known before it is drawn: the virtual list places rows without measuring them, and a row coming
 * into view never changes the place of the others.
 */

/** Column widths (percent): fixed, so the columns keep their place as rows scroll in and out. */
export const COLUMN_WIDTHS = [19, 13, 9, 7, 18, 16, 8, 10];
export const COLUMNS = COLUMN_WIDTHS.length;
export const MIN_WIDTH = 1040;

/** A cell shows at most this many lines (text is cut with an ellipsis, badges past them hidden). */
export const CELL_LINES = 2;
/** Room for CELL_LINES lines of 14 px text (line height 1.55), of names, or of small badges. */
export const CELL_CONTENT = 44;
/** A firm's name (16 px) keeps CELL_LINES lines within CELL_CONTENT. */
export const NAME_LINE_HEIGHT = 1.3;
/** Padding above and below a cell's content. */
export const CELL_PADDING = 5;
/** A row's height, its bottom border included: every row is this tall, whatever it shows. */
export const ROW_HEIGHT = CELL_CONTENT + 2 * CELL_PADDING + 1;

/**
 * Rows rendered beyond each edge of the view (and each one the page has to draw as it scrolls):
 * enough to cover the header and one frame of a fast scroll (200 px) while the next rows render.
 */
export const OVERSCAN = 5;
/** How close to the last loaded row the next page is asked for. */
export const LOAD_AHEAD = 30;
/** The view's height before it is measured (and when rendered without a browser). */
export const VIEW_ESTIMATE = 600;
export const HEADER_HEIGHT = 44;

/** The rows' cells are a little tighter than the header's, so that CELL_LINES lines fit a row. */
export const BODY = { '--table-vertical-spacing': `${CELL_PADDING}px` } as CSSProperties;

/**
 * The rows to render: those in view and OVERSCAN on each side, from an even index on. The table
 * stripes every other rendered row, so the stripes then fall on the same firms (the even ones)
 * wherever the view is, and no row changes as others come and go.
 */
export function evenStart(range: Range): number[] {
  const indexes = defaultRangeExtractor(range);
  return indexes.length > 0 && indexes[0] % 2 === 1 ? [indexes[0] - 1, ...indexes] : indexes;
}
