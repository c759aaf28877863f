import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { PartnerFilter, PartnerSort } from '../../../gql/graphql';
import { PartnersQuery } from '../graphql/partners';
import { appendPage, DIRECTORY_PAGE } from '../partner-list';

/**
 * The directory's rows for one filter and sort: the first page, then the next ones on demand
 * (`loadMore`, as the table scrolls near its end). After a failed page it waits (`stalled`) until
 * asked again, so a failing server is not asked on every scroll.
 */
export function usePartnerList(filter: PartnerFilter, sort: PartnerSort) {
  const { data, previousData, loading, error, fetchMore } = useQuery(PartnersQuery, {
    variables: { filter, sort, skip: 0, take: DIRECTORY_PAGE },
  });
  const list = (data ?? previousData)?.partners;
  const [loadingMore, setLoadingMore] = useState(false);
  const [stalled, setStalled] = useState(false);
  /** The row count the last page was asked after: the same page is not asked twice. */
  const askedAfter = useRef<number | null>(null);

  // A new filter or sort starts a new list: it may load again.
  useEffect(() => {
    setStalled(false);
    askedAfter.current = null;
  }, [filter, sort]);

  async function loadMore(): Promise<void> {
    const items = data?.partners.items ?? [];
    const afterId = items.at(-1)?.id;
    if (!data || !afterId || loadingMore || items.length >= data.partners.totalItems) return;
    if (askedAfter.current === items.length && !stalled) return;
    askedAfter.current = items.length;
    setLoadingMore(true);
    setStalled(false);
    try {
      await fetchMore({
        variables: { skip: items.length },
        updateQuery: (previous, { fetchMoreResult }) => appendPage(previous, fetchMoreResult, afterId),
      });
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
