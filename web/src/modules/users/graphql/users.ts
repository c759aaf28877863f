import { graphql } from '../../../gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    email
    displayName
    role
    locale
    active
    createdAt
    partner {
      id
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($filter: UserFilter, $sort: UserSort, $skip: Int, $take: Int) {
    users(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      totalItems
      items {
        ...UserRow
      }
    }
  }
`);

export const PartnerOptionsQuery = graphql(`
  query PartnerOptions {
    partners(take: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on User {
        ...UserRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      __typename
      ... on User {
        ...UserRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      __typename
      ... on User {
        ...UserRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      __typename
      ... on User {
        ...UserRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetPasswordInput!) {
    resetUserPassword(input: $input) {
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
