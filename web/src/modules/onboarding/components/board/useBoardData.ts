import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { BoardProjectFragment } from '../../../../gql/graphql';
import { fetchAll } from '../../../common/fetch-all';
import { BoardProjectsQuery, BoardTemplateQuery } from '../../graphql/board';

/** The board reads at most this many projects (a firm's whole history in practice). */
export const BOARD_PROJECT_LIMIT = 5000;

/**
 * Every project the caller may see, read page by page (100 a request), and the current template
 * whose phases are the board's columns.
 */
export function useBoardData() {
  const client = useApolloClient();
  const template = useQuery(BoardTemplateQuery, { fetchPolicy: 'cache-and-network' });
  const [projects, setProjects] = useState<BoardProjectFragment[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const items = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: BoardProjectsQuery,
          variables: { skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('onboardingProjects: empty response');
        return data.onboardingProjects;
      }, BOARD_PROJECT_LIMIT);
      setProjects(items);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return {
    projects,
    templatePhases: template.data?.onboardingTemplate.phases ?? null,
    error: error ?? template.error ?? null,
    loading: loading || (template.loading && !template.data),
    reload,
  };
}
