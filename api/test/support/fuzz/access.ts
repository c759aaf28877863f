import type { INestApplication } from '@nestjs/common';
import { Role } from '@baton/shared';
import { type Access, PUBLIC, SIGNED_IN } from '../../../src/common/access/allow.decorator';
import { collectDeclarations } from '../declarations';
import { ACTORS, type Actor } from '../fixtures';

const ROLE_OF: Record<Exclude<Actor, 'anonymous'>, Role> = {
  vendorAdmin: Role.VENDOR_ADMIN,
  vendorStaff: Role.VENDOR_STAFF,
  auditor: Role.AUDITOR,
  partnerAAdmin: Role.PARTNER_ADMIN,
  partnerAMember: Role.PARTNER_MEMBER,
  partnerBAdmin: Role.PARTNER_ADMIN,
};

/**
 * Who may call what, read from the app's own `@Allow` declarations (the ones `AccessGuard`
 * enforces), so the fuzzer's expectations follow the code under review rather than a copy.
 */
export class AccessTable {
  private readonly byOperation: Map<string, Access[]>;

  constructor(app: INestApplication) {
    this.byOperation = new Map(collectDeclarations(app).map((d) => [d.operation, d.access ?? []]));
  }

  /** `Mutation.signIn`, `Assignment.customer`: undeclared operations are refused to everyone. */
  declared(operation: string): boolean {
    return this.byOperation.has(operation);
  }

  allows(operation: string, actor: Actor): boolean {
    const access = this.byOperation.get(operation);
    if (!access) return false;
    if (access.includes(PUBLIC)) return true;
    if (actor === 'anonymous') return false;
    return access.includes(SIGNED_IN) || access.includes(ROLE_OF[actor]);
  }

  /** The actors the operation's declaration lets in. */
  actorsAllowed(operation: string): Actor[] {
    return ACTORS.filter((a) => this.allows(operation, a));
  }

  /** A field of an object type: readable unless a resolver declares who may read it. */
  mayRead(typeField: string, actor: Actor): boolean {
    return !this.declared(typeField) || this.allows(typeField, actor);
  }
}
