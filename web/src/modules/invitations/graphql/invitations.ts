import { graphql } from '../../../gql';

export const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      email
      displayName
      role
      partnerName
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
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
