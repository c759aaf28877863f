import { graphql } from '../../../gql';

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      ...CurrentUser
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      __typename
      ... on User {
        id
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
