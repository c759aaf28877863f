import { graphql } from '../../../gql';

export const AuditLogEntryFragment = graphql(`
  fragment AuditLogRow on AuditLogEntry {
    id
    at
    actorId
    actorEmail
    actorRole
    action
    entityType
    entityId
    before
    after
    requestId
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $skip: Int, $take: Int) {
    auditLog(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        ...AuditLogRow
      }
    }
  }
`);

export const AuditLogCsvQuery = graphql(`
  query AuditLogCsv($filter: AuditLogFilter) {
    auditLogCsv(filter: $filter)
  }
`);

export const AuditChainVerificationQuery = graphql(`
  query AuditChainVerification {
    auditChainVerification {
      entries
      firstBreak {
        seq
        entryId
        reason
      }
    }
  }
`);
