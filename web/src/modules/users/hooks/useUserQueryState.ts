import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { Role, SortDirection, UserFilter, UserSort, UserSortField } from '../../../gql/graphql';
import { usePageParams } from '../../common/hooks/usePageParams';

export type ActiveFilter = 'all' | 'active' | 'inactive';

export interface UserFilterValues {
  search: string;
  role: Role | null;
  active: ActiveFilter;
}

export const PAGE_SIZE = 25;
const EMPTY: UserFilterValues = { search: '', role: null, active: 'all' };

/** Filters, server sort and page of the user list, turned into query variables. */
export function useUserQueryState() {
  const [values, setValues] = useState<UserFilterValues>(EMPTY);
  const [sort, setSort] = useState<UserSort>({ field: 'CREATED_AT', direction: 'DESC' });
  const paging = usePageParams(PAGE_SIZE);
  const [search] = useDebouncedValue(values.search.trim(), 300);

  const filter = useMemo<UserFilter>(
    () => ({
      ...(search ? { search } : {}),
      ...(values.role ? { role: values.role } : {}),
      ...(values.active === 'all' ? {} : { active: values.active === 'active' }),
    }),
    [search, values.role, values.active],
  );

  function changeFilter(patch: Partial<UserFilterValues>) {
    setValues((current) => ({ ...current, ...patch }));
    paging.setPage(1);
  }

  function toggleSort(field: UserSortField) {
    setSort((current) => ({
      field,
      direction: current.field === field && current.direction === 'ASC' ? 'DESC' : 'ASC',
    }));
    paging.setPage(1);
  }

  const directionOf = (field: UserSortField): SortDirection | null => (sort.field === field ? sort.direction : null);

  return { values, changeFilter, filter, sort, toggleSort, directionOf, ...paging };
}
