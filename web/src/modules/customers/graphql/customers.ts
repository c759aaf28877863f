import { graphql } from '../../../gql';

export const CustomersListRowFragment = graphql(`
  fragment CustomersListRow on CustomerAccount {
    id
    externalId
    companyName
    industry
    employeeBand
    prefecture
    products
    contractDate
    segment
    partnerId
    partner {
      id
      name
    }
  }
`);

export const CustomersListQuery = graphql(`
  query CustomersList($filter: CustomerFilter, $sort: CustomerSort, $skip: Int, $take: Int) {
    customers(filter: $filter, sort: $sort, skip: $skip, take: $take) {
      totalItems
      items {
        ...CustomersListRow
      }
    }
  }
`);

/** How many customers wait in the queue (for the tab's counter). */
export const CustomersQueueCountQuery = graphql(`
  query CustomersQueueCount {
    customers(filter: { assigned: false }, take: 1) {
      totalItems
    }
  }
`);

export const CustomersCsvExportQuery = graphql(`
  query CustomersCsvExport($filter: CustomerFilter, $sort: CustomerSort) {
    customersCsv(filter: $filter, sort: $sort)
  }
`);

export const CustomerPageAssignmentFragment = graphql(`
  fragment CustomerPageAssignment on Assignment {
    id
    status
    month
    partnerId
    partner {
      id
      name
    }
    leadConsultantId
    leadConsultant {
      id
      displayName
    }
    assignedAt
    assignedByEmail
    endedAt
    endedByEmail
    endReason
    acceptedAt
    declineBy
    source
    fit
  }
`);

export const CustomerPageDetailFragment = graphql(`
  fragment CustomerPageDetail on CustomerAccount {
    id
    externalId
    companyName
    industry
    employeeBand
    prefecture
    products
    contractDate
    segment
    createdAt
    updatedAt
    partnerId
    partner {
      id
      name
      tier
    }
    assignments {
      ...CustomerPageAssignment
    }
  }
`);

export const CustomerPageQuery = graphql(`
  query CustomerPage($id: ID!) {
    customer(id: $id) {
      ...CustomerPageDetail
    }
  }
`);

export const CustomerRecommendationsQuery = graphql(`
  query CustomerRecommendations($customerId: ID!, $month: String!) {
    recommendations(customerId: $customerId, month: $month) {
      month
      eligible {
        partner {
          id
          name
          tier
        }
        score
        components {
          component
          value
          weight
          points
        }
        offeredSlots
        freeSlots
        certifiedConsultants {
          id
          displayName
        }
      }
      ineligible {
        partner {
          id
          name
        }
        reasons
      }
    }
  }
`);

export const CustomerCreateMutation = graphql(`
  mutation CustomerCreate($input: CustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on CustomerAccount {
        ...CustomerPageDetail
      }
      ... on ExternalIdTakenError {
        takenExternalId: externalId
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CustomerUpdateMutation = graphql(`
  mutation CustomerUpdate($id: ID!, $input: CustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      __typename
      ... on CustomerAccount {
        ...CustomerPageDetail
      }
      ... on ExternalIdTakenError {
        takenExternalId: externalId
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CustomerImportCheckQuery = graphql(`
  query CustomerImportCheck($input: ImportCustomersInput!) {
    customerImportPreview(input: $input) {
      totalRows
      validRows
      toCreate
      toUpdate
      issues {
        row
        column
        message
      }
      sample {
        row
        externalId
        companyName
        industry
        employeeBand
        prefecture
        products
        contractDate
        segment
      }
    }
  }
`);

export const CustomerImportMutation = graphql(`
  mutation CustomerImport($input: ImportCustomersInput!) {
    importCustomers(input: $input) {
      __typename
      ... on CustomerImportSummary {
        created
        updated
      }
      ... on CustomerImportInvalidError {
        invalidRows
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CustomerAssignMutation = graphql(`
  mutation CustomerAssign($input: AssignCustomerInput!) {
    assignCustomer(input: $input) {
      __typename
      ... on Assignment {
        ...CustomerPageAssignment
      }
      ... on CapacityFullError {
        month
      }
      ... on ConsultantNotCertifiedError {
        productArea
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CustomerCancelAssignmentMutation = graphql(`
  mutation CustomerCancelAssignment($input: EndAssignmentInput!) {
    cancelAssignment(input: $input) {
      __typename
      ... on Assignment {
        ...CustomerPageAssignment
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CustomerReassignMutation = graphql(`
  mutation CustomerReassign($input: ReassignInput!) {
    reassignAssignment(input: $input) {
      __typename
      ... on Assignment {
        ...CustomerPageAssignment
      }
      ... on CapacityFullError {
        month
      }
      ... on ConsultantNotCertifiedError {
        productArea
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

/** Queries to refetch once a customer or one of its assignments changed. */
export const CUSTOMER_QUERIES = ['CustomersList', 'CustomersQueueCount', 'CustomerPage', 'CustomerRecommendations'];
