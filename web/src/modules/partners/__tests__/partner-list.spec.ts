import { appendPage } from '../partner-list';

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
