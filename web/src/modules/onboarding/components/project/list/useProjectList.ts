import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  hasProjectFilters,
  parseProjectListQuery,
  toProjectFilter,
  toProjectSearchParams,
  toProjectsVariables,
  type ProjectListQuery,
} from '../../../project-list-query';

export type ProjectFilterPatch = Partial<Omit<ProjectListQuery, 'page'>>;

/** The vendor's project list: filters and page, all kept in the URL. */
export function useProjectList() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseProjectListQuery(params), [params]);
  const filter = useMemo(() => toProjectFilter(query), [query]);
  const variables = useMemo(() => toProjectsVariables(query), [query]);

  function update(patch: Partial<ProjectListQuery>) {
    setParams(toProjectSearchParams({ ...query, page: 1, ...patch }));
  }

  return {
    query,
    filter,
    variables,
    filtered: hasProjectFilters(query),
    changeFilter: (patch: ProjectFilterPatch) => update(patch),
    setPage: (page: number) => update({ page }),
    /** Clears the filters; the page size stays. */
    reset: () => update(EMPTY_FILTERS),
  };
}
