import { FETCH_ALL_PAGE } from '../common/fetch-all';

/** Rows asked for at a time as the directory scrolls (the API's largest page). */
export const DIRECTORY_PAGE = FETCH_ALL_PAGE;

interface ListPage<T extends { id: string }> {
  partners: { totalItems: number; items: T[] };
}

/**
 * The loaded list with the next page after it. Only when `previous` is still the list the page
 * follows (its last row is `afterId`): filters or sort changed meanwhile, the page is stale and
 * dropped. A row already shown (a firm added meanwhile shifts the pages) is not shown twice.
 */
export function appendPage<T extends { id: string }, L extends ListPage<T>>(previous: L, next: L, afterId: string): L {
  if (previous.partners.items.at(-1)?.id !== afterId) return previous;
  const shown = new Set(previous.partners.items.map((item) => item.id));
  return {
    ...previous,
    partners: {
      ...previous.partners,
      totalItems: next.partners.totalItems,
      items: [...previous.partners.items, ...next.partners.items.filter((item) => !shown.has(item.id))],
    },
  };
}

/** A list grown past its first page, and the first page it grew from. */
export interface GrownList<L> {
  first: L;
  list: L;
}

/**
 * The list after the page `next` (asked after the row `afterId`) arrives, the pages after the
 * first being kept outside the first page's cache entry. It grows the list already grown from
 * `first`, or starts from `first` when it changed (new filters or sort, a refetch); a stale page
 * changes nothing. Rows already shown keep their objects.
 */
export function growList<T extends { id: string }, L extends ListPage<T>>(
  grown: GrownList<L> | null,
  first: L,
  next: L,
  afterId: string,
): GrownList<L> | null {
  const from = grown?.first === first ? grown.list : first;
  const list = appendPage(from, next, afterId);
  return list === from ? grown : { first, list };
}

/** The list to show: the grown one while it grew from the current first page, else that page. */
export function shownList<L>(grown: GrownList<L> | null, first: L | undefined): L | undefined {
  return first !== undefined && grown?.first === first ? grown.list : first;
}
