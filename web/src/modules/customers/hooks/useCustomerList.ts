import type { CustomerFilter, CustomerSortField } from '../../../gql/graphql';
import { useUrlListState } from '../../common/hooks/useUrlListState';
import {
  hasCustomerFilters,
  parseCustomerListQuery,
  toCustomerFilter,
  toCustomerListParams,
  type CustomerListQuery,
  type CustomerTab,
} from '../list-query';

export type CustomerFilterPatch = Partial<
  Pick<
    CustomerListQuery,
    'industry' | 'prefecture' | 'segment' | 'employeeBand' | 'product' | 'contractFrom' | 'contractTo' | 'take'
  >
>;

const CODEC = {
  parse: parseCustomerListQuery,
  toParams: toCustomerListParams,
  toFilter: toCustomerFilter,
  hasFilters: hasCustomerFilters,
};

const CLEARED: Partial<CustomerListQuery> = {
  search: '',
  industry: null,
  prefecture: null,
  segment: null,
  employeeBand: null,
  product: null,
  contractFrom: null,
  contractTo: null,
};

/** The customer list's tab, filters, sort and page, kept in the URL. */
export function useCustomerList() {
  const state = useUrlListState<CustomerSortField, CustomerListQuery, CustomerFilter>(CODEC);
  return {
    ...state,
    changeFilter: (patch: CustomerFilterPatch) => state.changeFilter(patch),
    setTab: (tab: CustomerTab) => state.changeFilter({ tab }),
    // Clears the criteria but keeps the tab, sort and page size.
    reset: () => {
      state.setSearchInput('');
      state.changeFilter(CLEARED);
    },
  };
}
