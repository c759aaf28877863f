import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { faultMessage } from '../../common/fault-message';
import { notifyError, notifySuccess } from '../../common/notify';
import { CompleteActionItemMutation } from '../graphql/meetings';

/**
 * Ticks an action item off. The answer is the item itself, so the cache updates every list showing
 * it; when someone else was quicker (already done) the list is read again to show who.
 */
export function useCompleteActionItem() {
  const { t } = useTranslation();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const client = useApolloClient();
  const [complete] = useMutation(CompleteActionItemMutation);

  async function completeItem(id: string, description: string) {
    setPendingId(id);
    try {
      const { data } = await complete({ variables: { input: { actionItemId: id } } });
      const result = data?.completeActionItem;
      if (!result) return;
      if (result.__typename === 'ActionItem') {
        notifySuccess(t('meetings.notify.itemDone', { description }));
        return;
      }
      notifyError(result.message);
      if (result.__typename === 'ActionItemDoneError') await client.refetchQueries({ include: ['Meetings'] });
    } catch (error) {
      notifyError(faultMessage(error, t));
    } finally {
      setPendingId(null);
    }
  }

  return { completeItem, pendingId };
}
