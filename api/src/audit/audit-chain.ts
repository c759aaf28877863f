import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { EntityManager } from 'typeorm';

/** Why the audit chain breaks at a position. */
export enum ChainBreakReason {
  /** The entry's content no longer gives its hash (edited). */
  CONTENT_CHANGED = 'CONTENT_CHANGED',
  /** It does not point at the entry before it (reordered, or that one was replaced). */
  LINK_BROKEN = 'LINK_BROKEN',
  /** The position before it is missing (deleted). */
  POSITION_MISSING = 'POSITION_MISSING',
  /** The newest entry is not the recorded head (the newest ones were deleted). */
  HEAD_MISMATCH = 'HEAD_MISMATCH',
}
registerEnumType(ChainBreakReason, { name: 'AuditChainBreakReason' });

@ObjectType()
export class AuditChainBreak {
  @Field({ description: 'The position (seq) where the chain first breaks.' }) seq: string;
  @Field(() => String, { nullable: true }) entryId: string | null;
  @Field(() => ChainBreakReason) reason: ChainBreakReason;
}

@ObjectType()
export class AuditChainVerification {
  @Field(() => Int) entries: number;
  @Field(() => AuditChainBreak, { nullable: true, description: 'Null when every link holds.' })
  firstBreak: AuditChainBreak | null;
}

/**
 * Recomputes the chain in the database, in one pass in position order: each entry's hash from its
 * content and its predecessor's hash, positions 1, 2, … without a gap, and the recorded head.
 */
export async function verifyAuditChain(manager: EntityManager): Promise<AuditChainVerification> {
  const rows: { seq: string; id: string | null; reason: ChainBreakReason }[] = await manager.query(
    `WITH chain AS (
       SELECT a.seq, a.id, a.hash, a.prev_hash, audit_log_entry_hash(a) AS expected,
              lag(a.hash) OVER w AS previous_hash, coalesce(lag(a.seq) OVER w, 0) AS previous_seq
         FROM audit_log_entry a WINDOW w AS (ORDER BY a.seq))
     SELECT seq::text, id::text, reason FROM (
       SELECT seq, id, CASE
                WHEN seq <> previous_seq + 1 THEN 'POSITION_MISSING'
                WHEN prev_hash IS DISTINCT FROM previous_hash THEN 'LINK_BROKEN'
                WHEN hash IS DISTINCT FROM expected THEN 'CONTENT_CHANGED' END AS reason
         FROM chain
       UNION ALL
       SELECT h.seq, NULL, 'HEAD_MISMATCH' FROM audit_chain_head h
         LEFT JOIN LATERAL (SELECT seq, hash FROM audit_log_entry ORDER BY seq DESC LIMIT 1) newest ON true
        WHERE newest.seq IS DISTINCT FROM h.seq OR newest.hash IS DISTINCT FROM h.hash
     ) breaks
     WHERE reason IS NOT NULL ORDER BY breaks.seq LIMIT 1`,
  );
  const [{ entries }]: { entries: number }[] = await manager.query(
    `SELECT count(*)::int AS entries FROM audit_log_entry`,
  );
  const first = rows[0];
  return { entries, firstBreak: first ? { seq: first.seq, entryId: first.id, reason: first.reason } : null };
}
