import { graphql } from '../../../gql';

export const TierAdminTierFields = graphql(`
  fragment TierAdminTierFields on TierDefinition {
    id
    setId
    ...TierDefinitionFields
  }
`);

export const TierAdminSetFields = graphql(`
  fragment TierAdminSetFields on TierDefinitionSet {
    id
    version
    effectiveFrom
    createdAt
    createdByEmail
    tiers {
      ...TierAdminTierFields
    }
  }
`);

/** The tiers in effect today and every version (newest first). */
export const TierAdminDefinitionsQuery = graphql(`
  query TierAdminDefinitions {
    tierDefinitions {
      ...TierAdminTierFields
    }
    tierDefinitionSets {
      ...TierAdminSetFields
    }
  }
`);

export const TierAdminPublishDefinitionsMutation = graphql(`
  mutation TierAdminPublishDefinitions($input: PublishTierDefinitionsInput!) {
    publishTierDefinitions(input: $input) {
      __typename
      ... on TierDefinitionSet {
        ...TierAdminSetFields
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const TierAdminReviewCyclesQuery = graphql(`
  query TierAdminReviewCycles {
    reviewCycles {
      id
      name
      periodFrom
      periodTo
      openedAt
      openedByEmail
      reviewCount
      finalizedCount
    }
  }
`);

export const TierAdminOpenReviewCycleMutation = graphql(`
  mutation TierAdminOpenReviewCycle($input: OpenReviewCycleInput!) {
    openReviewCycle(input: $input) {
      __typename
      ... on ReviewCycle {
        id
        name
        reviewCount
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);
