import type { PartnerApplicationSortField } from '../../../gql/graphql';
import { useUrlListState } from '../../common/hooks/useUrlListState';
import {
  hasFilters,
  parseApplicationListQuery,
  toApplicationFilter,
  toSearchParams,
  type ApplicationListQuery,
} from '../list-query';

const CODEC = { parse: parseApplicationListQuery, toParams: toSearchParams, toFilter: toApplicationFilter, hasFilters };

/** The application list's filters, sort and page, kept in the URL. */
export function useApplicationList() {
  const state = useUrlListState<
    PartnerApplicationSortField,
    ApplicationListQuery,
    ReturnType<typeof toApplicationFilter>
  >(CODEC);
  return {
    ...state,
    changeFilter: (patch: Partial<Pick<ApplicationListQuery, 'statuses' | 'take'>>) => state.changeFilter(patch),
  };
}
