import { runInThisContext } from 'node:vm';
import type { LoggerService } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import { ACTORS, type Actor } from '../fixtures';
import type { GqlResponse, GraphQLClient } from '../graphql-client';
import type { TestEnvironment } from '../test-environment';
import type { AccessTable } from './access';
import { type Outcome, outcomeOf, responseViolations } from './checks';
import type { Snapshot } from './db-state';
import type { FuzzOp } from './operations';
import { writeViolations } from './writes';

const OUTCOMES: Outcome[] = ['invalid', 'denied', 'refused', 'errorResult', 'accepted'];
const emptyCounts = () => Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;

const clip = (s: string, n = 1500) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

/** A readable report of one failing operation (fast-check adds the seed and the path). */
export function reportOf(op: FuzzOp, res: GqlResponse, violations: string[]): string {
  return [
    `${violations.join('; ')}`,
    `actor: ${op.actor}`,
    `query: ${clip(op.query)}`,
    `variables: ${clip(JSON.stringify(op.variables))}`,
    `response (HTTP ${res.status}): ${clip(res.raw)}`,
  ].join('\n');
}

/**
 * The fuzzer's side of the run: one signed-in session per actor for the whole run, the
 * foreign markers of each partner actor, the counts per outcome, and the faults caught while it
 * runs (unhandled rejections, uncaught exceptions, errors the app logs).
 */
export class FuzzRun {
  readonly counts = { query: emptyCounts(), mutation: emptyCounts() };
  private readonly faults: string[] = [];
  private readonly sessions = new Map<Actor, GraphQLClient>();
  private markers = new Map<Actor, string[]>();
  private tokens: readonly string[] = [];
  private readonly onFault = (e: unknown) => this.faults.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  /**
   * Jest hands the spec a copy of `process`; the events of the app (running in this process)
   * are emitted on the real one, which the main context still holds.
   */
  private readonly realProcess = runInThisContext('process') as NodeJS.Process;

  constructor(
    private readonly env: TestEnvironment,
    private readonly schema: GraphQLSchema,
    private readonly access: AccessTable,
    private readonly errorTypes: ReadonlySet<string>,
  ) {}

  async start(): Promise<void> {
    for (const actor of ACTORS) this.sessions.set(actor, await this.env.clientAs(actor));
    this.realProcess.on('unhandledRejection', this.onFault);
    this.realProcess.on('uncaughtException', this.onFault);
    // An error the app logs (a fault mapped to INTERNAL_SERVER_ERROR, a failed background step) is a finding too.
    const quiet = () => undefined;
    const logger: LoggerService = {
      log: quiet,
      warn: quiet,
      debug: quiet,
      verbose: quiet,
      error: (...args) => this.onFault(args.join(' ')),
    };
    this.env.app.useLogger(logger);
  }

  stop(): void {
    this.realProcess.off('unhandledRejection', this.onFault);
    this.realProcess.off('uncaughtException', this.onFault);
  }

  total(): number {
    return Object.values(this.counts).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
  }

  /**
   * What each partner actor must never receive: the other firm's ids, names and e-mails, minus
   * strings the actor's own firm also holds (a fuzzed value can land in both firms' rows) and
   * strings too plain to be evidence (short, or one character repeated).
   * `tokens`: the one-time links' secrets (invitations, surveys). A link is a capability: whoever
   * holds one sees what it opens (the invitee's e-mail, the customer's name), so a request that
   * carries one is not held to the markers.
   */
  async refreshMarkers(tokens: readonly string[]): Promise<void> {
    this.tokens = tokens;
    const ofA = await this.env.fx.foreignMarkers('partnerBAdmin');
    const ofB = await this.env.fx.foreignMarkers('partnerAAdmin');
    const usable = (foreign: string[], own: string[]) =>
      foreign.filter((m) => m.length >= 6 && !/^(.)\1*$/su.test(m) && !own.some((o) => o.includes(m)));
    this.markers = new Map<Actor, string[]>([
      ['partnerBAdmin', usable(ofA, ofB)],
      ['partnerAAdmin', usable(ofB, ofA)],
      ['partnerAMember', usable(ofB, ofA)],
    ]);
  }

  private markersFor(op: FuzzOp, body: string): string[] {
    return this.tokens.some((t) => body.includes(t)) ? [] : (this.markers.get(op.actor) ?? []);
  }

  /** Sends the operation as its actor: a mutation through a copy of the session, so a Set-Cookie (sign-in, invitation) lands elsewhere. */
  async send(op: FuzzOp): Promise<{ res: GqlResponse; body: string }> {
    const session = this.sessions.get(op.actor)!;
    const client = op.kind === 'mutation' ? session.clone() : session;
    const body = JSON.stringify({ query: op.query, variables: op.variables });
    const res = await client.post<Record<string, unknown>>(body);
    return { res, body };
  }

  /** Runs one query and answers the violations of its response. */
  async query(op: FuzzOp): Promise<string[]> {
    const { res, body } = await this.send(op);
    this.counts.query[outcomeOf(res, op, this.errorTypes)]++;
    const violations = responseViolations(this.schema, this.access, op, res, body, this.markersFor(op, body));
    return violations.length ? [reportOf(op, res, violations)] : [];
  }

  /** Runs one mutation between two snapshots of the database and answers the violations. */
  async mutation(
    op: FuzzOp,
    snapshot: () => Promise<Snapshot>,
    before: Snapshot,
  ): Promise<{ after: Snapshot; violations: string[]; outcome: Outcome }> {
    const { res, body } = await this.send(op);
    const outcome = outcomeOf(res, op, this.errorTypes);
    this.counts.mutation[outcome]++;
    const after = await snapshot();
    const violations = [
      ...responseViolations(this.schema, this.access, op, res, body, this.markersFor(op, body)),
      ...writeViolations(op, outcome, res, before, after),
    ];
    return { after, violations: violations.length ? [reportOf(op, res, violations)] : [], outcome };
  }

  /** The faults caught since the last call: unhandled rejections, uncaught exceptions, errors the app logged. */
  takeFaults(): string[] {
    return this.faults.splice(0);
  }
}
