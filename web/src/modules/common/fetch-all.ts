/** Page size used when a screen needs a whole list (the API caps `take`). */
export const FETCH_ALL_PAGE = 100;

/**
 * Reads a paginated list page by page until `totalItems` or `limit` is reached.
 * `fetchPage` receives skip/take and answers `{ items, totalItems }`.
 */
export async function fetchAll<T>(
  fetchPage: (skip: number, take: number) => Promise<{ items: T[]; totalItems: number }>,
  limit: number,
): Promise<T[]> {
  const items: T[] = [];
  for (;;) {
    const take = Math.min(FETCH_ALL_PAGE, limit - items.length);
    const page = await fetchPage(items.length, take);
    items.push(...page.items);
    if (page.items.length < take || items.length >= Math.min(page.totalItems, limit)) return items;
  }
}
