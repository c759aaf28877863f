import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  EMPTY_FILTERS,
  hasEscalationFilters,
  parseEscalationInboxQuery,
  toEscalationFilter,
  toEscalationInboxVariables,
  toEscalationSearchParams,
  toEscalationStatsFilter,
  type EscalationInboxQuery,
} from '../../escalation-inbox-query';

export type EscalationFilterPatch = Partial<Omit<EscalationInboxQuery, 'page' | 'selectedId'>>;

/** The vendor's inbox: filters, page and the open conversation, all kept in the URL. */
export function useEscalationInbox() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseEscalationInboxQuery(params), [params]);
  const filter = useMemo(() => toEscalationFilter(query), [query]);
  const statsFilter = useMemo(() => toEscalationStatsFilter(query), [query]);
  const variables = useMemo(() => toEscalationInboxVariables(query), [query]);

  function update(patch: Partial<EscalationInboxQuery>, replace = false) {
    setParams(toEscalationSearchParams({ ...query, ...patch }), { replace });
  }

  return {
    query,
    filter,
    statsFilter,
    variables,
    filtered: hasEscalationFilters(query),
    /** A new filter starts again at the first page. */
    changeFilter: (patch: EscalationFilterPatch) => update({ ...patch, page: 1 }),
    setPage: (page: number) => update({ page }),
    /** Opens (or, with null, closes) a conversation; the list stays where it is. */
    select: (selectedId: string | null) => update({ selectedId }),
    /** Back to the open escalations of every firm; the page size stays. */
    reset: () => update({ ...EMPTY_FILTERS, page: 1 }),
  };
}
