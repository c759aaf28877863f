/** The writes the crash load makes, by the natural key that identifies each. */
export type WriteKind = 'assign' | 'cancel' | 'completePhase' | 'reportUsage';
export const WRITE_KINDS: WriteKind[] = ['assign', 'cancel', 'completePhase', 'reportUsage'];

/**
 * What the clients know about their writes. `acknowledged`: the server answered success, so it
 * must be in the database. `uncertain`: sent but no answer came (the server was killed), so it may
 * or may not have committed. `committedUnanswered`: uncertain writes whose retry was refused as
 * already done, i.e. they committed although their client never heard so.
 */
export class CrashLedger {
  readonly acknowledged = byKind<Record<string, string | number>>();
  readonly uncertain = byKind<Record<string, string | number>>();
  readonly committedUnanswered = byKind<true>();
  /** Answers the load did not expect (a lost session, a business error): each is a failure. */
  readonly unexpected: string[] = [];
  /** Requests outstanding at each kill (shows the kills landed mid-load). */
  readonly inFlightAtKill: number[] = [];

  count(map: Record<WriteKind, Map<string, unknown>>): Record<WriteKind, number> {
    return Object.fromEntries(WRITE_KINDS.map((k) => [k, map[k].size])) as Record<WriteKind, number>;
  }
}

function byKind<V>(): Record<WriteKind, Map<string, V>> {
  return Object.fromEntries(WRITE_KINDS.map((k) => [k, new Map<string, V>()])) as Record<WriteKind, Map<string, V>>;
}
