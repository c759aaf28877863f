import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AssignmentSortField, SortDirection } from '../../../gql/graphql';
import {
  hasFilters,
  parseAssignmentListQuery,
  parseTab,
  toAssignmentFilter,
  toAssignmentsVariables,
  toggleSort,
  toSearchParams,
  type AssignmentListQuery,
  type AssignmentsTab,
} from '../list-query';

export type AssignmentFilterPatch = Partial<
  Pick<AssignmentListQuery, 'statuses' | 'acceptance' | 'partnerId' | 'month' | 'take'>
>;

/** The vendor's assignment list: tab, filters, sort and page, all kept in the URL. */
export function useAssignmentList() {
  const [params, setParams] = useSearchParams();
  const tab = parseTab(params);
  const query = useMemo(() => parseAssignmentListQuery(params), [params]);
  const filter = useMemo(() => toAssignmentFilter(query), [query]);
  const variables = useMemo(() => toAssignmentsVariables(query), [query]);

  function update(patch: Partial<AssignmentListQuery>) {
    setParams(toSearchParams({ ...query, page: 1, ...patch }, tab));
  }

  return {
    tab,
    query,
    filter,
    variables,
    filtered: hasFilters(query),
    skip: (query.page - 1) * query.take,
    setTab: (next: AssignmentsTab) => setParams(toSearchParams(query, next), { replace: true }),
    changeFilter: (patch: AssignmentFilterPatch) => update(patch),
    setPage: (page: number) => update({ page }),
    /** A header click: back to the first page, sorted by that column (flipped if it already was). */
    toggleSort: (field: AssignmentSortField) => update({ sort: toggleSort(query.sort, field) }),
    directionOf: (field: AssignmentSortField): SortDirection | null =>
      query.sort.field === field ? query.sort.direction : null,
    /** Clears the filters; the sort and page size stay. */
    reset: () => update({ statuses: [], acceptance: 'any', partnerId: null, month: null }),
  };
}
