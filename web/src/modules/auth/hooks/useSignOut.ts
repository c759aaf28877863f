import { useApolloClient, useMutation } from '@apollo/client/react';
import { MeQuery } from '../graphql/auth';
import { SignOutMutation } from '../graphql/sign-in';

/** Ends the session and drops every cached record of the previous user. */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutMutation);

  async function signOut() {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: null } });
    }
  }

  return { signOut, loading };
}
