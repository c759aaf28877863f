import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import type { ConfirmationQueueQuery as QueueData } from '../../../gql/graphql';
import { fetchAll } from '../../common/fetch-all';
import { ConfirmationQueueQuery } from '../graphql/training';
import { needsVendorConfirmation } from '../vocabulary';

/** The queue reads at most this many consultants (the whole program in practice). */
export const QUEUE_CONSULTANT_LIMIT = 2000;

type Consultant = QueueData['consultants']['items'][number];
type Record = Consultant['trainingRecords'][number];

export interface PendingResult {
  consultant: Consultant;
  record: Record;
  module: NonNullable<Record['module']>;
}

/** COMPLETED role-play and OJT records of active consultants, oldest report first. */
export function pendingResults(consultants: readonly Consultant[]): PendingResult[] {
  const out: PendingResult[] = [];
  for (const consultant of consultants) {
    for (const record of consultant.trainingRecords) {
      const module = record.module;
      if (module?.active && record.status === 'COMPLETED' && needsVendorConfirmation(module.kind)) {
        out.push({ consultant, record, module });
      }
    }
  }
  return out.sort((a, b) => a.record.updatedAt.localeCompare(b.record.updatedAt));
}

/**
 * Role-play and OJT results waiting for vendor staff. The API has no queue query: the
 * consultants are read page by page with their records (batched) and filtered here.
 */
export function useConfirmationQueue() {
  const client = useApolloClient();
  const [items, setItems] = useState<PendingResult[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const reload = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      const consultants = await fetchAll(async (skip, take) => {
        const { data } = await client.query({
          query: ConfirmationQueueQuery,
          variables: { skip, take },
          fetchPolicy: 'network-only',
        });
        if (!data) throw new Error('consultants: empty response');
        return data.consultants;
      }, QUEUE_CONSULTANT_LIMIT);
      setItems(pendingResults(consultants));
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  }, [client]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { items, error, loading, reload };
}
