import { graphql } from '../../../gql';

export const ActivationSettingsQuery = graphql(`
  query ActivationSettingsForm {
    activationSettings {
      threshold
      windowDays
      updatedAt
      updatedByEmail
    }
  }
`);

export const UpdateActivationSettingsMutation = graphql(`
  mutation UpdateActivationSettings($input: UpdateActivationSettingsInput!) {
    updateActivationSettings(input: $input) {
      threshold
      windowDays
      updatedAt
      updatedByEmail
    }
  }
`);

export const UsageImportCheckQuery = graphql(`
  query UsageImportCheck($input: ImportUsageInput!) {
    usageImportPreview(input: $input) {
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
        takenOn
        utilization
      }
    }
  }
`);

export const ImportUsageMutation = graphql(`
  mutation ImportUsage($input: ImportUsageInput!) {
    importUsage(input: $input) {
      __typename
      ... on UsageWriteSummary {
        created
        updated
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const IntegrationKeysQuery = graphql(`
  query IntegrationKeys {
    integrationKeys {
      id
      name
      prefix
      createdByEmail
      createdAt
      revokedAt
      lastUsedAt
    }
  }
`);

export const CreateIntegrationKeyMutation = graphql(`
  mutation CreateIntegrationKey($input: CreateIntegrationKeyInput!) {
    createIntegrationKey(input: $input) {
      secret
      key {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeIntegrationKeyMutation = graphql(`
  mutation RevokeIntegrationKey($id: ID!) {
    revokeIntegrationKey(id: $id) {
      __typename
      ... on IntegrationKey {
        id
        revokedAt
      }
      ... on ErrorResult {
        errorCode
        message
      }
    }
  }
`);

export const ActivationOutreachQuery = graphql(`
  query ActivationOutreach($flag: OutreachFlag, $partnerId: ID) {
    activationOutreach(flag: $flag, partnerId: $partnerId) {
      projectId
      customerId
      customerName
      partnerId
      partnerName
      startDate
      day
      flag
      latestUtilization
      latestOn
    }
  }
`);

export const ProjectUsagePanelQuery = graphql(`
  query ProjectUsagePanel($id: ID!) {
    onboardingProject(id: $id) {
      id
      activation {
        outcome
        activatedOn
        day
        currentDay
        threshold
        windowDays
        deadline
        flag
      }
      usage {
        weeks {
          weekStart
          mean
          reports
        }
        markers {
          level
          levelOn
          trendPerWeek
          trend
          reportingShare
          variation
          regular
          alarm
          drop
        }
      }
    }
  }
`);

/** Queries a usage import changes (the project page reads activation through them). */
export const USAGE_QUERIES = ['ActivationOutreach', 'ProjectUsagePanel'];
