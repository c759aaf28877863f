import { appendPage, growList, shownList } from '../partner-list';

const page = (ids: string[], totalItems: number) => ({
  partners: { __typename: 'PartnerPage' as const, totalItems, items: ids.map((id) => ({ id })) },
});

describe('appendPage (the directory loading as it scrolls)', () => {
  it('puts the next page after the loaded rows', () => {
    const merged = appendPage(page(['a', 'b'], 4), page(['c', 'd'], 4), 'b');
    expect(merged.partners.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged.partners.totalItems).toBe(4);
  });

  it('does not show a row twice when a firm added meanwhile shifted the pages', () => {
    const merged = appendPage(page(['a', 'b'], 4), page(['b', 'c'], 5), 'b');
    expect(merged.partners.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(merged.partners.totalItems).toBe(5);
  });

  it('drops a page that arrives after the filters or sort changed', () => {
    const current = page(['x', 'y'], 2);
    expect(appendPage(current, page(['c', 'd'], 4), 'b')).toBe(current);
  });
});

describe('growList (pages after the first, kept outside the cache)', () => {
  const first = page(['a', 'b'], 6);

  it('grows from the first page, then from the list grown so far', () => {
    const once = growList(null, first, page(['c', 'd'], 6), 'b');
    expect(once?.list.partners.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
    const twice = growList(once, first, page(['e', 'f'], 6), 'd');
    expect(twice?.list.partners.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(shownList(twice, first)).toBe(twice?.list);
  });

  it('keeps the loaded rows’ objects, so rows already drawn are not drawn again', () => {
    const once = growList(null, first, page(['c', 'd'], 6), 'b');
    const twice = growList(once, first, page(['e', 'f'], 6), 'd');
    expect(twice?.list.partners.items[0]).toBe(first.partners.items[0]);
    expect(twice?.list.partners.items[2]).toBe(once?.list.partners.items[2]);
  });

  it('starts over from a new first page (filters or sort changed, a refetch)', () => {
    const grown = growList(null, first, page(['c', 'd'], 6), 'b');
    const refreshed = page(['a', 'b'], 6);
    expect(shownList(grown, refreshed)).toBe(refreshed);
    const regrown = growList(grown, refreshed, page(['c', 'd'], 6), 'b');
    expect(regrown?.first).toBe(refreshed);
    expect(regrown?.list.partners.items.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores a page that no longer follows the list', () => {
    const grown = growList(null, first, page(['c', 'd'], 6), 'b');
    expect(growList(grown, first, page(['x', 'y'], 6), 'b')).toBe(grown);
    expect(shownList(null, first)).toBe(first);
    expect(shownList(grown, undefined)).toBeUndefined();
  });
});
