import { graphql } from '../../../gql';

export const TierDefinitionFields = graphql(`
  fragment TierDefinitionFields on TierDefinition {
    tier
    nameEn
    nameJa
    minOnTimeRate
    maxEscalationsPerProject
    minAutonomousShare
    minValueShare
    minMeanSlots
    minSlotStability
    rewardRate
  }
`);

export const TierEvidenceFields = graphql(`
  fragment TierEvidenceFields on TierEvidence {
    onTimeRate
    escalationsPerProject
    autonomousShare
    valueShare
    meanSlots
    slotStability
    projectsStarted
    projectsFinished
    phasesDecided
  }
`);

export const TierReviewsQuery = graphql(`
  query TierReviews($status: TierReviewStatus, $partnerId: ID, $cycleId: ID) {
    tierReviews(status: $status, partnerId: $partnerId, cycleId: $cycleId) {
      id
      status
      periodFrom
      periodTo
      proposedTier
      previousTier
      decidedTier
      decision
      openedAt
      finalizedAt
      decidedByEmail
      cycleId
      partner {
        id
        name
      }
    }
  }
`);

export const TierReviewQuery = graphql(`
  query TierReview($id: ID!) {
    tierReview(id: $id) {
      id
      status
      periodFrom
      periodTo
      proposedTier
      previousTier
      decidedTier
      decision
      reason
      effectiveFrom
      openedAt
      openedByEmail
      finalizedAt
      decidedByEmail
      partner {
        id
        name
      }
      evidence {
        ...TierEvidenceFields
      }
      definitions {
        ...TierDefinitionFields
      }
    }
  }
`);

export const TierReviewRowsQuery = graphql(`
  query TierReviewRows($reviewId: ID!) {
    tierReviewRows(reviewId: $reviewId) {
      projects {
        id
        customerName
        startDate
        startedInPeriod
        escalations
        reopened
        phasesDecided
        phasesOnTime
        finishedOn
        finishedInPeriod
        autonomous
        utilizationAtEnd
        valueDelivered
      }
      months {
        month
        slotsOffered
      }
      totals {
        ...TierEvidenceFields
      }
    }
  }
`);

export const DecideTierReviewMutation = graphql(`
  mutation DecideTierReview($input: DecideTierReviewInput!) {
    decideTierReview(input: $input) {
      __typename
      ... on TierReview {
        id
        status
        decision
        decidedTier
        reason
        effectiveFrom
        finalizedAt
        decidedByEmail
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const TierStandingQuery = graphql(`
  query TierStanding($partnerId: ID!) {
    tierStanding(partnerId: $partnerId) {
      partnerId
      tier
      metTier
      nextTier
      periodFrom
      periodTo
      evidence {
        ...TierEvidenceFields
      }
      definitions {
        ...TierDefinitionFields
      }
      gaps {
        component
        required
        actual
        gap
      }
    }
    partnerTierHistory(partnerId: $partnerId) {
      id
      tier
      previousTier
      effectiveFrom
      changedAt
      changedByEmail
      reviewId
    }
  }
`);
