import { graphql } from '../../../gql';

export const StatementFieldsFragment = graphql(`
  fragment StatementFields on PartnerStatement {
    partnerId
    partnerName
    month
    baseFee
    completedCount
    total
    lines {
      projectId
      customerName
      completedOn
      tier
      rewardRate
      amount
    }
  }
`);

export const PartnerStatementsQuery = graphql(`
  query PartnerStatements($month: String!, $partnerId: ID) {
    partnerStatements(month: $month, partnerId: $partnerId) {
      ...StatementFields
    }
  }
`);

export const StatementSettingsQuery = graphql(`
  query StatementSettings {
    statementSettings {
      baseFee
      updatedAt
      updatedByEmail
    }
  }
`);

export const UpdateStatementSettingsMutation = graphql(`
  mutation UpdateStatementSettings($input: UpdateStatementSettingsInput!) {
    updateStatementSettings(input: $input) {
      baseFee
      updatedAt
      updatedByEmail
    }
  }
`);
