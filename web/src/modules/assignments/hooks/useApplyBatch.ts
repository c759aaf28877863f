import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { BatchItemInput } from '../../../gql/graphql';
import { ApplyAssignmentsMutation, AssignmentBatchProgressQuery } from '../graphql/assignments';
import { newBatchId } from '../proposal';

/** How often the progress of a running batch is asked for. */
export const POLL_MS = 500;

/** Root fields whose cached answers an applied batch makes stale. */
const STALE_FIELDS = [
  'assignments',
  'customers',
  'capacityCalendar',
  'capacityPlans',
  'recommendations',
  'autoAssignmentProposal',
];

/**
 * Applies a batch in one mutation while polling its progress on the side (the batch's own
 * transaction is invisible until it commits; the progress row is written outside it).
 */
export function useApplyBatch() {
  const client = useApolloClient();
  const [apply] = useMutation(ApplyAssignmentsMutation);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [running, setRunning] = useState(false);
  const stopRef = useRef<(() => void) | null>(null);

  useEffect(() => () => stopRef.current?.(), []);

  function poll(batchId: string): () => void {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const { data } = await client.query({
          query: AssignmentBatchProgressQuery,
          variables: { id: batchId },
          fetchPolicy: 'network-only',
        });
        const batch = data?.assignmentBatch;
        if (!stopped && batch) setProgress({ done: batch.done, total: batch.total });
      } catch {
        // A missed poll only delays the bar; the mutation's answer is what counts.
      }
      if (!stopped) timer = setTimeout(() => void tick(), POLL_MS);
    };
    timer = setTimeout(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }

  async function run(month: string, items: BatchItemInput[]) {
    const batchId = newBatchId();
    setProgress({ done: 0, total: items.length });
    setRunning(true);
    const stop = poll(batchId);
    stopRef.current = stop;
    try {
      const { data } = await apply({ variables: { input: { batchId, month, items } } });
      const result = data?.applyAssignments;
      if (result?.__typename === 'AppliedAssignments') {
        setProgress({ done: result.batch.done, total: result.batch.total });
        for (const fieldName of STALE_FIELDS) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        client.cache.gc();
      }
      return result;
    } finally {
      stop();
      stopRef.current = null;
      setRunning(false);
    }
  }

  return { run, running, progress, resetProgress: () => setProgress(null) };
}
