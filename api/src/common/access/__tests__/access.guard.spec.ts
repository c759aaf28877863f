import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { FaultCode, Role } from '@baton/shared';
import { AccessGuard } from '../access.guard';
import { Allow, PUBLIC, SIGNED_IN } from '../allow.decorator';

class Resolvers {
  undeclared() {}
  @Allow(PUBLIC) open() {}
  @Allow(SIGNED_IN) anySignedIn() {}
  @Allow(Role.VENDOR_ADMIN) adminOnly() {}
}

function contextFor(handler: keyof Resolvers, role: Role | null): ExecutionContext {
  const ctx = { user: role ? { id: 'u1', role } : null };
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
const outcome = (handler: keyof Resolvers, role: Role | null) => {
  try {
    return guard.canActivate(contextFor(handler, role));
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
});
