import { graphql } from '../../../gql';

export const CurrentUserFragment = graphql(`
  fragment CurrentUser on User {
    id
    email
    displayName
    role
    locale
    partner {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUser
    }
  }
`);

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
