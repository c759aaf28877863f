import { graphql } from '../../../gql';

/** What the inbox shows of an escalation (one table row). */
export const EscalationRowFragment = graphql(`
  fragment EscalationRow on Escalation {
    id
    category
    subject
    createdAt
    raisedByEmail
    firstResponseAt
    resolvedAt
    resolvedByEmail
    priority
    partnerId
    projectId
    project {
      id
      customer {
        id
        companyName
      }
      partner {
        id
        name
      }
    }
  }
`);

/** An escalation with its conversation (drawer, project panel, mutation results). */
export const EscalationDetailFragment = graphql(`
  fragment EscalationDetail on Escalation {
    ...EscalationRow
    messages {
      id
      fromVendor
      authorEmail
      body
      createdAt
    }
  }
`);

export const EscalationInboxQuery = graphql(`
  query EscalationInbox($filter: EscalationFilter, $skip: Int, $take: Int) {
    escalations(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        ...EscalationRow
      }
    }
  }
`);

export const EscalationStatsQuery = graphql(`
  query EscalationStats($filter: EscalationFilter) {
    escalationStats(filter: $filter) {
      open
      resolved
      medianFirstResponseHours
      medianResolutionHours
      perProject
    }
  }
`);

/** The firms the inbox can be filtered by. */
export const EscalationFilterOptionsQuery = graphql(`
  query EscalationFilterOptions {
    partners(take: 100, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
  }
`);

export const EscalationConversationQuery = graphql(`
  query EscalationConversation($id: ID!) {
    escalation(id: $id) {
      ...EscalationDetail
    }
  }
`);

/** One project's escalations, newest first (the project page's panel). */
export const ProjectEscalationsQuery = graphql(`
  query ProjectEscalations($projectId: ID!) {
    onboardingProject(id: $projectId) {
      id
      escalations {
        ...EscalationDetail
      }
    }
  }
`);

export const RaiseEscalationMutation = graphql(`
  mutation RaiseEscalation($input: RaiseEscalationInput!) {
    raiseEscalation(input: $input) {
      __typename
      ... on Escalation {
        ...EscalationDetail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ReplyToEscalationMutation = graphql(`
  mutation ReplyToEscalation($input: ReplyToEscalationInput!) {
    replyToEscalation(input: $input) {
      __typename
      ... on Escalation {
        ...EscalationDetail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ResolveEscalationMutation = graphql(`
  mutation ResolveEscalation($input: ResolveEscalationInput!) {
    resolveEscalation(input: $input) {
      __typename
      ... on Escalation {
        ...EscalationDetail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

/** What the vendor's inbox refetches after a change (operation names). */
export const INBOX_QUERIES = ['EscalationInbox', 'EscalationStats'];
/** What the project page refetches after a change: its panel, and the project (health, timeline). */
export const PROJECT_ESCALATION_QUERIES = ['ProjectEscalations', 'ProjectPage'];
