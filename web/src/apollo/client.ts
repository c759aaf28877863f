import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { FaultCode } from '@baton/shared';
import { apiLocale } from '../i18n/i18n';
import { MeQuery } from '../modules/auth/graphql/auth';
import introspection from '../gql/possible-types';

/** Every request carries the UI language: the server localizes its messages by it. */
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, 'Accept-Language': apiLocale() },
  }));
  return forward(operation);
});

export function createApolloClient(): ApolloClient {
  const cache = new InMemoryCache({ possibleTypes: introspection.possibleTypes });

  // A session that expired mid-use: forget the user, which sends the app to sign-in.
  const sessionLink = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.code === FaultCode.UNAUTHENTICATED)) {
      cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([languageLink, sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  });
}
