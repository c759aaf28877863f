import { graphql } from '../../../gql';

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    description
    owner
    dueDate
    doneAt
    doneByEmail
  }
`);

export const MeetingFieldsFragment = graphql(`
  fragment MeetingFields on Meeting {
    id
    date
    title
    attendees
    notes
    createdByEmail
    createdAt
    partner {
      id
      name
    }
    projects {
      id
      health
      customer {
        id
        companyName
      }
    }
    actionItems {
      ...ActionItemFields
    }
  }
`);

/** Newest first; a partner admin gets its own firm's only (the server scopes it). */
export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter, $skip: Int, $take: Int) {
    meetings(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        ...MeetingFields
      }
    }
  }
`);

/** The firm filter and the form's firm select. */
export const MeetingFirmsQuery = graphql(`
  query MeetingFirms {
    partners(take: 100, sort: { field: NAME, direction: ASC }) {
      items {
        id
        name
      }
    }
  }
`);

/** Projects of one firm that a meeting may be linked to. */
export const MeetingProjectOptionsQuery = graphql(`
  query MeetingProjectOptions($partnerId: ID!) {
    onboardingProjects(filter: { partnerId: $partnerId }, take: 100) {
      items {
        id
        health
        customer {
          id
          companyName
        }
      }
    }
  }
`);

export const RecordMeetingMutation = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      __typename
      ... on Meeting {
        ...MeetingFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const CompleteActionItemMutation = graphql(`
  mutation CompleteActionItem($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) {
      __typename
      ... on ActionItem {
        ...ActionItemFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
