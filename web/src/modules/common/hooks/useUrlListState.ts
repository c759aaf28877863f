import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { SortDirection } from '../../../gql/graphql';

/** What every URL-kept list has: a search box, a page, a page size and one sort column. */
export interface UrlListQuery<Field extends string> {
  search: string;
  page: number;
  take: number;
  sort: { field: Field; direction: SortDirection };
}

/** How one list reads and writes its query string, and turns it into the API's filter. */
export interface UrlListCodec<Field extends string, Query extends UrlListQuery<Field>, Filter> {
  parse(params: URLSearchParams): Query;
  toParams(query: Query): URLSearchParams;
  toFilter(query: Query): Filter;
  hasFilters(query: Query): boolean;
}

/** A list's filters, sort and page, kept in the URL (the search box is debounced into it). */
export function useUrlListState<Field extends string, Query extends UrlListQuery<Field>, Filter>(
  codec: UrlListCodec<Field, Query, Filter>,
) {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const query = useMemo(() => codec.parse(params), [params]);
  const [searchInput, setSearchInput] = useState(query.search);
  const [debouncedSearch] = useDebouncedValue(searchInput.trim(), 300);

  function update(patch: Partial<Query>, replace = false) {
    setParams(codec.toParams({ ...query, page: 1, ...patch }), { replace });
  }

  // Typing goes to the URL once it pauses; each keystroke does not make a history entry. Not once
  // the user has gone elsewhere (a link clicked meanwhile, its page still loading): that would undo it.
  useEffect(() => {
    if (window.location.pathname !== pathname) return;
    if (debouncedSearch !== query.search.trim()) update({ search: debouncedSearch } as Partial<Query>, true);
  }, [debouncedSearch]);

  // Back/forward or a shared link changes the URL: the box follows.
  useEffect(() => {
    if (query.search.trim() !== searchInput.trim()) setSearchInput(query.search);
  }, [query.search]);

  const filter = useMemo(() => codec.toFilter(query), [query]);

  return {
    query,
    filter,
    filtered: codec.hasFilters(query),
    searchInput,
    setSearchInput,
    changeFilter: (patch: Partial<Query>) => update(patch),
    reset: () => {
      setSearchInput('');
      setParams(codec.toParams({ ...codec.parse(new URLSearchParams()), take: query.take, sort: query.sort }));
    },
    toggleSort: (field: Field) =>
      update({
        sort: { field, direction: query.sort.field === field && query.sort.direction === 'ASC' ? 'DESC' : 'ASC' },
      } as Partial<Query>),
    directionOf: (field: Field): SortDirection | null => (query.sort.field === field ? query.sort.direction : null),
    setPage: (page: number) => update({ page } as Partial<Query>),
    skip: (query.page - 1) * query.take,
  };
}
