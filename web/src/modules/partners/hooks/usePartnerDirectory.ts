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

/** The partner directory's filters, sort and page, kept in the URL. */
export function usePartnerDirectory() {
  const state = useUrlListState<PartnerSortField, DirectoryQuery, ReturnType<typeof toPartnerFilter>>(CODEC);
  return { ...state, changeFilter: (patch: DirectoryFilterPatch) => state.changeFilter(patch) };
}
