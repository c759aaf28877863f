import type { GqlResponse } from '../graphql-client';
import type { Outcome } from './checks';
import { changedTables, rowCount, type Snapshot } from './db-state';
import type { FuzzOp } from './operations';

/** What a failed sign-in commits although it answers an error (so that throttling counts it). */
const SIGN_IN_FAILURE_TABLES = ['sign_in_attempt', 'audit_log_entry', 'audit_chain_head'];
/** A batch's progress is written on its own connection, visible at once, whatever becomes of the batch. */
const BATCH_PROGRESS_TABLE = 'assignment_batch';

/**
 * A mutation commits all or nothing: a rejected one (never ran, refused, typed error) leaves
 * every table as it was; an accepted one adds exactly one audit entry. The two declared
 * exceptions: a failed sign-in commits its attempt and one audit entry; a honeypot hit on the
 * public application form answers success and writes nothing. And the progress row of an
 * assignment batch is not part of the batch's transaction.
 */
export function writeViolations(
  op: FuzzOp,
  outcome: Outcome,
  res: GqlResponse,
  before: Snapshot,
  after: Snapshot,
): string[] {
  const changed = changedTables(before, after).filter(
    (t) => op.field !== 'applyAssignments' || t !== BATCH_PROGRESS_TABLE,
  );
  const audited = rowCount(after, 'audit_log_entry') - rowCount(before, 'audit_log_entry');
  const typename = (res.data as Record<string, { __typename?: string } | null> | null)?.[op.field]?.__typename;
  const input = op.args.input as { companyUrl?: unknown } | null | undefined;

  if (op.field === 'signIn' && typename === 'InvalidCredentialsError') {
    const stray = changed.filter((t) => !SIGN_IN_FAILURE_TABLES.includes(t));
    return [
      ...(audited === 1 ? [] : [`a failed sign-in added ${audited} audit entries, not 1`]),
      ...(stray.length ? [`a failed sign-in changed ${stray.join(', ')}`] : []),
    ];
  }
  if (op.field === 'submitPartnerApplication' && outcome === 'accepted' && input?.companyUrl) {
    return changed.length ? [`a honeypot hit changed ${changed.join(', ')}`] : [];
  }
  if (outcome === 'accepted') {
    return audited === 1 ? [] : [`an accepted mutation added ${audited} audit entries, not 1`];
  }
  return changed.length ? [`a rejected mutation (${outcome}) changed ${changed.join(', ')}`] : [];
}
