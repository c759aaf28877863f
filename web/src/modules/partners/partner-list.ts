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
