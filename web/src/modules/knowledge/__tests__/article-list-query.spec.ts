import {
  articleListCodec,
  articleListParams,
  articleListVariables,
  parseArticleListQuery,
} from '../article-list-query';

describe('article list query', () => {
  it('reads filters, sort and page from the URL and drops unknown values', () => {
    const q = parseArticleListQuery(
      new URLSearchParams('q=年末&status=DRAFT&kind=BOGUS&product=PAYROLL&tag=締め&sort=TITLE&dir=ASC&page=3&take=50'),
    );
    expect(q).toMatchObject({
      search: '年末',
      status: 'DRAFT',
      kind: null,
      product: 'PAYROLL',
      tag: '締め',
      sort: { field: 'TITLE', direction: 'ASC' },
      sorted: true,
      page: 3,
      take: 50,
    });
    expect(articleListParams(q).toString()).toBe(
      new URLSearchParams('q=年末&status=DRAFT&product=PAYROLL&tag=締め&sort=TITLE&dir=ASC&page=3&take=50').toString(),
    );
  });

  it('ranks a search by relevance unless a column was chosen; without a search, latest change first', () => {
    const search = parseArticleListQuery(new URLSearchParams('q=csv'));
    expect(articleListVariables(search).sort).toBeNull();
    const none = parseArticleListQuery(new URLSearchParams(''));
    expect(articleListVariables(none).sort).toEqual({ field: 'UPDATED_AT', direction: 'DESC' });
    expect(articleListParams(none).toString()).toBe('');
    const chosen = parseArticleListQuery(new URLSearchParams('q=csv&sort=KIND&dir=DESC'));
    expect(articleListVariables(chosen).sort).toEqual({ field: 'KIND', direction: 'DESC' });
  });

  it('knows when the list is filtered', () => {
    expect(articleListCodec.hasFilters(parseArticleListQuery(new URLSearchParams('sort=TITLE')))).toBe(false);
    expect(articleListCodec.hasFilters(parseArticleListQuery(new URLSearchParams('status=ARCHIVED')))).toBe(true);
  });
});
