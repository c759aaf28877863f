import { useCallback, useLayoutEffect, useRef } from 'react';
import type { PartnerSortField } from '../../../gql/graphql';
import { useUrlListState } from '../../common/hooks/useUrlListState';
import {
  hasFilters,
  parseDirectoryQuery,
  toPartnerFilter,
  toSearchParams,
  type DirectoryQuery,
} from '../directory-query';

export type DirectoryFilterPatch = Partial<
  Pick<DirectoryQuery, 'kinds' | 'statuses' | 'tiers' | 'region' | 'industry' | 'productModule' | 'language'>
>;

const CODEC = { parse: parseDirectoryQuery, toParams: toSearchParams, toFilter: toPartnerFilter, hasFilters };

/**
 * The partner directory's filters, sort and page, kept in the URL. Its actions keep their identity
 * from render to render (they act on the latest state), so the filter bar and the table's header
 * are not rendered again each time a page of rows arrives.
 */
export function usePartnerDirectory() {
  const state = useUrlListState<PartnerSortField, DirectoryQuery, ReturnType<typeof toPartnerFilter>>(CODEC);
  const latest = useRef(state);
  useLayoutEffect(() => {
    latest.current = state;
  });
  const { field, direction } = state.query.sort;
  return {
    ...state,
    changeFilter: useCallback((patch: DirectoryFilterPatch) => latest.current.changeFilter(patch), []),
    reset: useCallback(() => latest.current.reset(), []),
    toggleSort: useCallback((sortField: PartnerSortField) => latest.current.toggleSort(sortField), []),
    directionOf: useCallback(
      (sortField: PartnerSortField) => (sortField === field ? direction : null),
      [field, direction],
    ),
  };
}
