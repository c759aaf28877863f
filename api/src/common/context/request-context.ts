import DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { isPartnerRole, type Locale, Role } from '@baton/shared';

/** The signed-in user as the request sees it. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  partnerId: string | null;
  locale: Locale;
  sessionId: string;
}

/**
 * An integration calling with its API key (`Authorization: Bearer <key>`) instead of a session: no
 * user, no role, no firm. `AccessGuard` lets it call only operations declared `@Allow(INTEGRATION)`.
 */
export interface IntegrationPrincipal {
  keyId: string;
  name: string;
  prefix: string;
}

/** Resolves a bearer key to its integration; null when the key is unknown or revoked. */
export type IntegrationKeyResolver = (secret: string) => Promise<IntegrationPrincipal | null>;

/** What a mutation records for the audit log; the transaction writes exactly one per commit. */
export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  /** Set by sign-in, whose caller is anonymous until the mutation succeeds. */
  actor?: Pick<SessionUser, 'id' | 'email' | 'role'>;
}

/**
 * First argument of every service method: who calls, in which firm, in which language,
 * inside which transaction. One per GraphQL request.
 */
export class RequestContext {
  /** The open transaction of a mutation, or the plain manager for reads. */
  manager: EntityManager;
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  private pendingAudit: AuditRecord[] = [];
  private commitErrorResult = false;
  private discard = false;
  private finished = false;
  private readonly endHooks: (() => Promise<void>)[] = [];
  /** Set when the request carried a live integration key (and then `user` is null). */
  integration: IntegrationPrincipal | null = null;
  /** Set when the request carried a bearer key that is unknown or revoked: refused everywhere. */
  rejectedKey = false;

  constructor(
    readonly requestId: string,
    readonly locale: Locale,
    public user: SessionUser | null,
    manager: EntityManager,
    readonly ip: string,
    readonly req?: Request,
    readonly res?: Response,
  ) {
    this.manager = manager;
  }

  get role(): Role | null {
    return this.user?.role ?? null;
  }

  /** The firm a partner user belongs to; null for vendor staff and auditors. */
  get partnerId(): string | null {
    return this.user && isPartnerRole(this.user.role) ? this.user.partnerId : null;
  }

  get isPartnerUser(): boolean {
    return !!this.user && isPartnerRole(this.user.role);
  }

  /** A per-request DataLoader, so nested fields cost one statement per request, not per row. */
  loader<V>(key: string, batch: (ids: readonly string[]) => Promise<(V | null)[]>): DataLoader<string, V | null> {
    let l = this.loaders.get(key);
    if (!l) {
      l = new DataLoader<string, V | null>(batch) as DataLoader<string, unknown>;
      this.loaders.set(key, l);
    }
    return l as DataLoader<string, V | null>;
  }

  audit(record: AuditRecord): void {
    this.pendingAudit.push(record);
  }

  /**
   * Commit although the mutation answers a business error (with its one audit entry): a failed
   * sign-in must stay counted for throttling. Every other error result rolls back.
   */
  commitDespiteErrorResult(): void {
    this.commitErrorResult = true;
  }

  /** Each root field of a mutation request decides its own commit: forget the previous one's. */
  startMutation(): void {
    this.commitErrorResult = false;
    this.discard = false;
  }

  /** Roll everything back but answer the result as if it succeeded (a honeypot hit: store nothing, tell nothing). */
  discardWrites(): void {
    this.discard = true;
  }

  get discardsWrites(): boolean {
    return this.discard;
  }

  get commitsDespiteErrorResult(): boolean {
    return this.commitErrorResult;
  }

  takeAuditRecords(): AuditRecord[] {
    const records = this.pendingAudit;
    this.pendingAudit = [];
    return records;
  }

  /** Runs when the response is ready (e.g. ends a partner user's read transaction). */
  onEnd(hook: () => Promise<void>): void {
    this.endHooks.push(hook);
  }

  async end(): Promise<void> {
    this.finished = true;
    for (const hook of this.endHooks.splice(0)) await hook();
  }

  /**
   * The response is on its way. What still runs is a resolver graphql-js stopped waiting for (a
   * sibling's error nulled their parent): it answers no one.
   */
  get ended(): boolean {
    return this.finished;
  }

  /** After a successful sign-in, the rest of the same request (nested fields) runs as that user. */
  becomes(user: SessionUser): void {
    this.user = user;
  }
}
