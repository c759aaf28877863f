import { graphql } from '../../../gql';

export const PartnerRowFragment = graphql(`
  fragment PartnerRow on Partner {
    id
    name
    kind
    status
    tier
    regions
    productModules
    headcountAtStart
    createdAt
  }
`);

export const PartnersQuery = graphql(`
  query Partners($filter: PartnerFilter, $sort: PartnerSort, $skip: Int, $take: Int) {
    partners(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      totalItems
      items {
        ...PartnerRow
      }
    }
  }
`);

export const PartnersCsvQuery = graphql(`
  query PartnersCsv($filter: PartnerFilter, $sort: PartnerSort) {
    partnersCsv(filter: $filter, sort: $sort)
  }
`);

export const PartnerDetailFragment = graphql(`
  fragment PartnerDetail on Partner {
    id
    name
    kind
    status
    tier
    headcountAtStart
    contactName
    contactEmail
    contactPhone
    website
    description
    industries
    productModules
    regions
    languages
    customerSizeBands
    createdAt
    updatedAt
    allowedTransitions
    statusHistory {
      id
      fromStatus
      toStatus
      reason
      changedByEmail
      at
    }
  }
`);

export const PartnerQuery = graphql(`
  query Partner($id: ID!) {
    partner(id: $id) {
      ...PartnerDetail
    }
  }
`);

export const ChangePartnerStatusMutation = graphql(`
  mutation ChangePartnerStatus($input: ChangePartnerStatusInput!) {
    changePartnerStatus(input: $input) {
      __typename
      ... on Partner {
        ...PartnerDetail
      }
      ... on IllegalStatusTransitionError {
        from
        to
        allowed
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const UpdatePartnerProfileMutation = graphql(`
  mutation UpdatePartnerProfile($id: ID!, $input: UpdatePartnerProfileInput!) {
    updatePartnerProfile(id: $id, input: $input) {
      __typename
      ... on Partner {
        ...PartnerDetail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
