import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import {
  AbandonEscalationDraftMutation,
  RecordArticleOpenedMutation,
  StartEscalationDraftMutation,
} from '../graphql/knowledge';

/**
 * The raise form's funnel record: a draft started when the form opens, the suggested articles
 * opened, and "abandoned" when it closes without raising (raising marks it RAISED on the server).
 * Best effort: a failure here never keeps anyone from raising an escalation.
 */
export function useEscalationDraft(projectId: string) {
  const [start] = useMutation(StartEscalationDraftMutation);
  const [open] = useMutation(RecordArticleOpenedMutation);
  const [abandon] = useMutation(AbandonEscalationDraftMutation);
  // A ref, not state: React's strict mode runs the effect twice, and one form is one draft.
  const draft = useRef<Promise<string | null> | null>(null);
  const opened = useRef(new Set<string>());

  useEffect(() => {
    draft.current ??= start({ variables: { input: { projectId } } })
      .then(({ data }) => {
        const result = data?.startEscalationDraft;
        return result?.__typename === 'EscalationDraft' ? result.id : null;
      })
      .catch(() => null);
  }, [projectId]);

  return {
    /** The draft to raise the escalation with (null if it could not be started). */
    id: () => draft.current ?? Promise.resolve(null),
    /** Records an article opened from the form (each one once per form). */
    articleOpened: async (articleId: string) => {
      const draftId = await draft.current;
      if (!draftId || opened.current.has(articleId)) return;
      opened.current.add(articleId);
      await open({ variables: { input: { draftId, articleId } } }).catch(() => undefined);
    },
    /** The form closed without raising. */
    abandon: async () => {
      const draftId = await draft.current;
      if (draftId) await abandon({ variables: { input: { draftId } } }).catch(() => undefined);
    },
  };
}
