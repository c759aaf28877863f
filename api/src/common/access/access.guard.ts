import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FaultCode } from '@baton/shared';
import { requestContextOf } from '../context/ctx.decorator';
import { Fault } from '../errors/fault';
import { type Access, ALLOW_KEY, INTEGRATION, PUBLIC, SIGNED_IN } from './allow.decorator';

/** The one global guard: reads `@Allow` and refuses what it does not allow, or anything undeclared. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access[] | undefined>(ALLOW_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!access) throw new Fault(FaultCode.FORBIDDEN, 'fault.undeclared');
    const ctx = requestContextOf(context);
    // An API key is checked before anything else: it opens only what declares INTEGRATION.
    if (ctx?.rejectedKey) throw new Fault(FaultCode.UNAUTHENTICATED, 'fault.integrationKeyInvalid');
    if (ctx?.integration) {
      if (access.includes(INTEGRATION)) return true;
      throw new Fault(FaultCode.FORBIDDEN, 'fault.integrationForbidden');
    }
    if (access.includes(PUBLIC)) return true;
    if (context.getType<string>() !== 'graphql') throw new Fault(FaultCode.FORBIDDEN, 'fault.forbidden');
    if (!ctx?.user) throw new Fault(FaultCode.UNAUTHENTICATED, 'fault.unauthenticated');
    if (access.includes(SIGNED_IN) || access.includes(ctx.user.role)) return true;
    throw new Fault(FaultCode.FORBIDDEN, 'fault.forbidden');
  }
}
