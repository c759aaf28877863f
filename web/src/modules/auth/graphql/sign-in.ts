import { graphql } from '../../../gql';

// Apart from the session query (auth.ts), which the first page needs: these load with their pages.
export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        user {
          ...CurrentUser
        }
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
