import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeQuery } from '../graphql/auth';
import { SignInMutation } from '../graphql/sign-in';
import { changeUiLanguage, storedLanguage } from '../../../i18n/i18n';

export type SignInOutcome = { ok: true } | { ok: false; message: string };

/** Signs in; on success the session user goes straight into the cache. */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading, error }] = useMutation(SignInMutation);

  async function signIn(email: string, password: string): Promise<SignInOutcome> {
    const { data } = await mutate({ variables: { input: { email, password } } });
    const result = data?.signIn;
    if (!result) return { ok: false, message: '' };
    if (result.__typename !== 'SignInSuccess') return { ok: false, message: result.message };
    // The user's saved language applies unless they already picked one on this device.
    if (!storedLanguage()) await changeUiLanguage(result.user.locale);
    // Nothing cached for a previous user (e.g. one whose session expired) may reach this one.
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: result.user } });
    return { ok: true };
  }

  return { signIn, loading, error };
}
