import { useApolloClient, useMutation } from '@apollo/client/react';
import { changeUiLanguage, storedLanguage } from '../../../i18n/i18n';
import { MeQuery } from '../../auth/graphql/auth';
import { AcceptInvitationMutation } from '../graphql/invitations';

export type AcceptOutcome = { ok: true } | { ok: false; invalid: boolean; message: string };

/** Creates the invitee's account; on success they are signed in, the session user goes into the cache (as `useSignIn`). */
export function useAcceptInvitation() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(AcceptInvitationMutation);

  async function accept(input: { token: string; displayName?: string; password: string }): Promise<AcceptOutcome> {
    const { data } = await mutate({ variables: { input } });
    const result = data?.acceptInvitation;
    if (!result) return { ok: false, invalid: false, message: '' };
    if (result.__typename !== 'SignInSuccess') {
      return { ok: false, invalid: result.__typename === 'InvitationInvalidError', message: result.message };
    }
    if (!storedLanguage()) await changeUiLanguage(result.user.locale);
    // Nothing cached for a previous visitor may reach the new user.
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: result.user } });
    return { ok: true };
  }

  return { accept, loading };
}
