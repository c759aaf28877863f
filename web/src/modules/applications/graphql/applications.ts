import { graphql } from '../../../gql';

export const SubmitPartnerApplicationMutation = graphql(`
  mutation SubmitPartnerApplication($input: SubmitPartnerApplicationInput!) {
    submitPartnerApplication(input: $input) {
      __typename
      ... on ApplicationReceived {
        reference
      }
      ... on TooManyApplicationsError {
        retryAfterSeconds
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ApplicationRowFragment = graphql(`
  fragment ApplicationRow on PartnerApplication {
    id
    reference
    firmName
    kind
    contactName
    contactEmail
    status
    averageScore
    createdAt
    decidedAt
  }
`);

export const PartnerApplicationsQuery = graphql(`
  query PartnerApplications($filter: PartnerApplicationFilter, $sort: PartnerApplicationSort, $skip: Int, $take: Int) {
    partnerApplications(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      totalItems
      items {
        ...ApplicationRow
      }
    }
  }
`);

export const ApplicationScorecardFragment = graphql(`
  fragment ApplicationScorecard on PartnerApplication {
    id
    reference
    status
    averageScore
    unscoredCriteria
    decidedAt
    decidedByEmail
    decisionReason
    createdAt
    createdPartner {
      id
      name
    }
    scorecard {
      criterion
      score
      note
      scoredAt
      scoredByEmail
    }
  }
`);

export const ApplicationDetailFragment = graphql(`
  fragment ApplicationDetail on PartnerApplication {
    ...ApplicationScorecard
    firmName
    kind
    contactName
    contactEmail
    contactPhone
    headcountAtStart
    monthlyCapacity
    industries
    productModules
    regions
    languages
    customerSizeBands
    expansionPlans
    updatedAt
  }
`);

export const PartnerApplicationQuery = graphql(`
  query PartnerApplication($id: ID!) {
    partnerApplication(id: $id) {
      ...ApplicationDetail
    }
  }
`);

export const PartnerOriginApplicationQuery = graphql(`
  query PartnerOriginApplication($id: ID!) {
    partner(id: $id) {
      id
      application {
        ...ApplicationScorecard
      }
    }
  }
`);

export const ScorePartnerApplicationMutation = graphql(`
  mutation ScorePartnerApplication($input: ScorePartnerApplicationInput!) {
    scorePartnerApplication(input: $input) {
      __typename
      ... on PartnerApplication {
        ...ApplicationDetail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ApprovePartnerApplicationMutation = graphql(`
  mutation ApprovePartnerApplication($input: ApprovePartnerApplicationInput!) {
    approvePartnerApplication(input: $input) {
      __typename
      ... on PartnerApplicationApproved {
        invitationUrl
        partner {
          id
          name
        }
        application {
          ...ApplicationDetail
        }
      }
      ... on ApplicationNotScoredError {
        unscoredCriteria
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const RejectPartnerApplicationMutation = graphql(`
  mutation RejectPartnerApplication($input: RejectPartnerApplicationInput!) {
    rejectPartnerApplication(input: $input) {
      __typename
      ... on PartnerApplication {
        ...ApplicationDetail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
