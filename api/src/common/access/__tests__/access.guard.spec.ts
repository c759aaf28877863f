import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { FaultCode, Role } from '@baton/shared';
import { AccessGuard } from '../access.guard';
import { Allow, INTEGRATION, PUBLIC, SIGNED_IN } from '../allow.decorator';

class Resolvers {
  undeclared() {}
  @Allow(PUBLIC) open() {}
  @Allow(SIGNED_IN) anySignedIn() {}
  @Allow(Role.VENDOR_ADMIN) adminOnly() {}
  @Allow(INTEGRATION) integrationOnly() {}
}

type Key = { integration?: { keyId: string }; rejectedKey?: boolean };

function contextFor(handler: keyof Resolvers, role: Role | null, key: Key = {}): ExecutionContext {
  const ctx = { user: role ? { id: 'u1', role } : null, ...key };
  const context = {
    getType: () => 'graphql',
    getHandler: () => Resolvers.prototype[handler],
    getClass: () => Resolvers,
  } as unknown as ExecutionContext;
  jest
    .spyOn(GqlExecutionContext, 'create')
    .mockReturnValue({ getContext: () => ({ ctx }) } as unknown as GqlExecutionContext);
  return context;
}

const guard = new AccessGuard(new Reflector());
const outcome = (handler: keyof Resolvers, role: Role | null, key?: Key) => {
  try {
    return guard.canActivate(contextFor(handler, role, key));
  } catch (e) {
    return (e as { code: FaultCode }).code;
  }
};

describe('AccessGuard', () => {
  it('refuses an operation with no declaration, whoever calls it', () => {
    expect(outcome('undeclared', Role.VENDOR_ADMIN)).toBe(FaultCode.FORBIDDEN);
    expect(outcome('undeclared', null)).toBe(FaultCode.FORBIDDEN);
  });

  it('lets anyone through a PUBLIC operation', () => {
    expect(outcome('open', null)).toBe(true);
  });

  it('asks an anonymous caller to sign in, and refuses a wrong role', () => {
    expect(outcome('anySignedIn', null)).toBe(FaultCode.UNAUTHENTICATED);
    expect(outcome('anySignedIn', Role.PARTNER_MEMBER)).toBe(true);
    expect(outcome('adminOnly', Role.VENDOR_STAFF)).toBe(FaultCode.FORBIDDEN);
    expect(outcome('adminOnly', Role.VENDOR_ADMIN)).toBe(true);
  });

  it('lets an integration key call only what declares INTEGRATION, not even PUBLIC operations', () => {
    const key = { integration: { keyId: 'k1' } };
    expect(outcome('integrationOnly', null, key)).toBe(true);
    expect(outcome('open', null, key)).toBe(FaultCode.FORBIDDEN);
    expect(outcome('anySignedIn', null, key)).toBe(FaultCode.FORBIDDEN);
    expect(outcome('adminOnly', null, key)).toBe(FaultCode.FORBIDDEN);
  });

  it('refuses an unknown or revoked key as unauthenticated, and users on integration operations', () => {
    expect(outcome('integrationOnly', null, { rejectedKey: true })).toBe(FaultCode.UNAUTHENTICATED);
    expect(outcome('open', null, { rejectedKey: true })).toBe(FaultCode.UNAUTHENTICATED);
    expect(outcome('integrationOnly', Role.VENDOR_ADMIN)).toBe(FaultCode.FORBIDDEN);
    expect(outcome('integrationOnly', null)).toBe(FaultCode.UNAUTHENTICATED);
  });
});
