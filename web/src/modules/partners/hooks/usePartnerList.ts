import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { PartnerFilter, PartnerSort, PartnersQuery as PartnersResult } from '../../../gql/graphql';
import { PartnersQuery } from '../graphql/partners';
import { DIRECTORY_PAGE, type GrownList, growList, shownList } from '../partner-list';

/**
 * The directory's rows for one filter and sort: the first page, then the next ones on demand
 * (`loadMore`, as the table scrolls near its end). After a failed page it waits (`stalled`) until
 * asked again, so a failing server is not asked on every scroll.
 *
 * The first page is an ordinary cached query. The pages after it are kept here, not written into
 * Apollo's normalized cache: there, every page meant writing and reading back the whole grown list
 * (1,000 rows at the end), a stutter at each page while the table scrolls. Rows already loaded
 * keep their objects as pages arrive, so the table does not render them again. A change of the
 * first page (new filters or sort, a refetch) starts the list over from it.
 */
export function usePartnerList(filter: PartnerFilter, sort: PartnerSort) {
  const client = useApolloClient();
  const { data, previousData, loading, error } = useQuery(PartnersQuery, {
    variables: { filter, sort, skip: 0, take: DIRECTORY_PAGE },
  });
  const [grown, setGrown] = useState<GrownList<PartnersResult> | null>(null);
  const current = shownList(grown, data);
  const list = (current ?? previousData)?.partners;
  const [loadingMore, setLoadingMore] = useState(false);
  const [stalled, setStalled] = useState(false);
  /** The row count the last page was asked after: the same page is not asked twice. */
  const askedAfter = useRef<number | null>(null);

  // A new filter or sort starts a new list: it may load again.
  useEffect(() => {
    setStalled(false);
    setGrown(null);
    askedAfter.current = null;
  }, [filter, sort]);

  async function loadMore(): Promise<void> {
    const first = data;
    const items = current?.partners.items ?? [];
    const afterId = items.at(-1)?.id;
    if (!first || !current || !afterId || loadingMore || items.length >= current.partners.totalItems) return;
    if (askedAfter.current === items.length && !stalled) return;
    askedAfter.current = items.length;
    setLoadingMore(true);
    setStalled(false);
    try {
      const { data: next } = await client.query({
        query: PartnersQuery,
        variables: { filter, sort, skip: items.length, take: DIRECTORY_PAGE },
        fetchPolicy: 'no-cache',
      });
      if (!next) throw new Error('partners: empty response');
      setGrown((previous) => growList(previous, first, next, afterId));
    } catch (loadError) {
      setStalled(true);
      throw loadError;
    } finally {
      setLoadingMore(false);
    }
  }

  return {
    partners: list?.items ?? [],
    total: list?.totalItems ?? 0,
    loading,
    error,
    loadingMore,
    stalled,
    loadMore,
  };
}
