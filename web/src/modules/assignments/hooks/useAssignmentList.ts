import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  hasFilters,
  parseAssignmentListQuery,
  parseTab,
  toAssignmentFilter,
  toSearchParams,
  type AssignmentListQuery,
  type AssignmentsTab,
} from '../list-query';

export type AssignmentFilterPatch = Partial<
  Pick<AssignmentListQuery, 'statuses' | 'acceptance' | 'partnerId' | 'month' | 'take'>
>;

/** The vendor's assignment list: tab, filters and page, all kept in the URL. */
export function useAssignmentList() {
  const [params, setParams] = useSearchParams();
  const tab = parseTab(params);
  const query = useMemo(() => parseAssignmentListQuery(params), [params]);
  const filter = useMemo(() => toAssignmentFilter(query), [query]);

  function update(patch: Partial<AssignmentListQuery>) {
    setParams(toSearchParams({ ...query, page: 1, ...patch }, tab));
  }

  return {
    tab,
    query,
    filter,
    filtered: hasFilters(query),
    skip: (query.page - 1) * query.take,
    setTab: (next: AssignmentsTab) => setParams(toSearchParams(query, next), { replace: true }),
    changeFilter: (patch: AssignmentFilterPatch) => update(patch),
    setPage: (page: number) => update({ page }),
    reset: () => update({ statuses: [], acceptance: 'any', partnerId: null, month: null }),
  };
}
