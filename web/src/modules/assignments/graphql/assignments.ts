import { graphql } from '../../../gql';

export const AssignmentCustomerFragment = graphql(`
  fragment AssignmentCustomer on CustomerAccount {
    id
    companyName
    externalId
    industry
    prefecture
    products
    segment
    contractDate
  }
`);

export const AssignmentRowFragment = graphql(`
  fragment AssignmentRow on Assignment {
    id
    customerId
    status
    source
    month
    fit
    assignedAt
    assignedByEmail
    declineBy
    declinable
    acceptedAt
    acceptedByEmail
    endedAt
    endedByEmail
    endReason
    replacedById
    customer {
      ...AssignmentCustomer
    }
    partner {
      id
      name
    }
    leadConsultant {
      id
      displayName
      email
    }
  }
`);

export const AssignmentsQuery = graphql(`
  query Assignments($filter: AssignmentFilter, $sort: AssignmentSort, $skip: Int, $take: Int) {
    assignments(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      totalItems
      items {
        ...AssignmentRow
      }
    }
  }
`);

/** The same list for the partner portal (refetched by name after accept / decline). */
export const PartnerAssignmentsQuery = graphql(`
  query PartnerAssignments($filter: AssignmentFilter, $skip: Int, $take: Int) {
    assignments(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        ...AssignmentRow
      }
    }
  }
`);

export const AssignmentPartnerOptionsQuery = graphql(`
  query AssignmentPartnerOptions {
    partners(take: 100, sort: { field: NAME, direction: ASC }) {
      totalItems
      items {
        id
        name
      }
    }
  }
`);

export const AssignmentSettingsFieldsFragment = graphql(`
  fragment AssignmentSettingsFields on AssignmentSettings {
    weightIndustry
    weightProducts
    weightCertified
    weightRegion
    weightTier
    weightCapacity
    declineWindowDays
    updatedAt
    updatedByEmail
  }
`);

export const AssignmentSettingsFormQuery = graphql(`
  query AssignmentSettingsForm {
    assignmentSettings {
      ...AssignmentSettingsFields
    }
  }
`);

export const UpdateAssignmentSettingsMutation = graphql(`
  mutation UpdateAssignmentSettings($input: UpdateAssignmentSettingsInput!) {
    updateAssignmentSettings(input: $input) {
      ...AssignmentSettingsFields
    }
  }
`);

export const AutoAssignmentQueueQuery = graphql(`
  query AutoAssignmentQueue($search: String, $skip: Int, $take: Int) {
    customers(
      filter: { assigned: false, search: $search }
      sort: { field: CONTRACT_DATE, direction: ASC }
      skip: $skip
      take: $take
    ) {
      totalItems
      items {
        ...AssignmentCustomer
      }
    }
  }
`);

export const AutoAssignmentProposalQuery = graphql(`
  query AutoAssignmentProposal($month: String!, $customerIds: [ID!]) {
    autoAssignmentProposal(month: $month, customerIds: $customerIds) {
      month
      objective
      greedyObjective
      items {
        fit
        customer {
          ...AssignmentCustomer
        }
        partner {
          id
          name
        }
        leadConsultant {
          id
          displayName
        }
      }
      unmatched {
        eligiblePartners
        customer {
          ...AssignmentCustomer
        }
      }
    }
  }
`);

/** Free slots of every active firm in one month (the per-firm summary of a proposal). */
export const AutoAssignmentCapacityQuery = graphql(`
  query AutoAssignmentCapacity($month: String!) {
    capacityCalendar(fromMonth: $month, months: 1) {
      rows {
        partner {
          id
          name
        }
        months {
          month
          offered
          consumed
          free
        }
      }
    }
  }
`);

export const ProposalRecommendationsQuery = graphql(`
  query ProposalRecommendations($customerId: ID!, $month: String!) {
    recommendations(customerId: $customerId, month: $month) {
      month
      eligible {
        score
        freeSlots
        offeredSlots
        partner {
          id
          name
        }
        certifiedConsultants {
          id
          displayName
        }
      }
    }
  }
`);

export const ApplyAssignmentsMutation = graphql(`
  mutation ApplyAssignments($input: ApplyAssignmentsInput!) {
    applyAssignments(input: $input) {
      __typename
      ... on AppliedAssignments {
        batch {
          id
          total
          done
          state
        }
        assignments {
          id
        }
      }
      ... on BatchItemFailedError {
        index
        customerId
        reason
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const AssignmentBatchProgressQuery = graphql(`
  query AssignmentBatchProgress($id: ID!) {
    assignmentBatch(id: $id) {
      id
      total
      done
      state
      updatedAt
    }
  }
`);

export const AcceptAssignmentMutation = graphql(`
  mutation AcceptAssignment($input: AssignmentIdInput!) {
    acceptAssignment(input: $input) {
      __typename
      ... on Assignment {
        ...AssignmentRow
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const DeclineAssignmentMutation = graphql(`
  mutation DeclineAssignment($input: EndAssignmentInput!) {
    declineAssignment(input: $input) {
      __typename
      ... on Assignment {
        id
        status
        endReason
        endedAt
      }
      ... on DeclineWindowClosedError {
        declineBy
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
