import { graphql } from '../../../gql';

/** What every reader may see (partner users included: no read receipts). */
export const AnnouncementFieldsFragment = graphql(`
  fragment AnnouncementFields on Announcement {
    id
    title
    body
    audienceTiers
    recertificationProductArea
    certificationsMarked
    publishedByEmail
    publishedAt
    acknowledgedByMe
  }
`);

export const ReadReceiptFragment = graphql(`
  fragment ReadReceipt on AnnouncementAcknowledgement {
    id
    userEmail
    partnerId
    at
  }
`);

/** The vendor console and the auditor view: with read receipts. */
export const AnnouncementsQuery = graphql(`
  query Announcements($skip: Int, $take: Int) {
    announcements(skip: $skip, take: $take) {
      totalItems
      items {
        ...AnnouncementFields
        readReceipts {
          ...ReadReceipt
        }
      }
    }
  }
`);

/** The partner portal: never asks for read receipts (forbidden to partner users). */
export const PartnerAnnouncementsQuery = graphql(`
  query PartnerAnnouncements($skip: Int, $take: Int) {
    announcements(skip: $skip, take: $take) {
      totalItems
      items {
        ...AnnouncementFields
      }
    }
  }
`);

/** The unread count beside the partner portal's navigation item. */
export const UnreadAnnouncementsQuery = graphql(`
  query UnreadAnnouncements($take: Int) {
    announcements(take: $take) {
      items {
        id
        acknowledgedByMe
      }
    }
  }
`);

export const AnnouncementQuery = graphql(`
  query Announcement($id: ID!) {
    announcement(id: $id) {
      ...AnnouncementFields
      readReceipts {
        ...ReadReceipt
      }
    }
  }
`);

export const AnnouncementFirmsQuery = graphql(`
  query AnnouncementFirms {
    partners(take: 100) {
      items {
        id
        name
      }
    }
  }
`);

export const PublishAnnouncementMutation = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      ...AnnouncementFields
      readReceipts {
        ...ReadReceipt
      }
    }
  }
`);

export const AcknowledgeAnnouncementMutation = graphql(`
  mutation AcknowledgeAnnouncement($id: ID!) {
    acknowledgeAnnouncement(id: $id) {
      __typename
      ... on Announcement {
        ...AnnouncementFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
