import { Injectable } from '@nestjs/common';
import type { RequestContext, SessionUser } from '../common/context/request-context';
import type { SignInInput } from './dto/sign-in.input';
import type { ChangeMyPasswordInput } from './dto/password.input';
import type { UpdateMyProfileInput } from './dto/update-my-profile.input';
import { InvalidCredentialsError, TooManyAttemptsError } from './identity.errors';
import { hashPassword, verifyPassword } from './password-hasher';
import { SessionService } from './session.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { User } from './user.entity';
import { publicUser } from './user-audit';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Sign-in, sign-out and what a signed-in user may change about themself. */
@Injectable()
export class AuthService {
  constructor(
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
  ) {}

  async signIn(
    ctx: RequestContext,
    input: SignInInput,
  ): Promise<{ user: User; token: string; session: SessionUser } | InvalidCredentialsError | TooManyAttemptsError> {
    const email = normalizeEmail(input.email);
    await this.throttle.lock(ctx, email);
    const retryAfter = await this.throttle.retryAfterSeconds(ctx, email);
    if (retryAfter > 0) return new TooManyAttemptsError(ctx, retryAfter);

    const user = await ctx.manager.getRepository(User).findOneBy({ email });
    const ok = await verifyPassword(user?.passwordHash, input.password);
    if (!user || !ok || !user.active) {
      await this.throttle.recordFailure(ctx, email);
      ctx.audit({ action: 'session.signInFailed', entityType: 'User', entityId: user?.id ?? null, after: { email } });
      ctx.commitDespiteErrorResult();
      return new InvalidCredentialsError(ctx);
    }
    const { token, session } = await this.sessions.open(ctx, user.id);
    ctx.audit({
      action: 'session.signIn',
      entityType: 'User',
      entityId: user.id,
      after: { sessionId: session.id },
      actor: { id: user.id, email: user.email, role: user.role },
    });
    const sessionUser: SessionUser = {
      id: user.id,
      email: user.email,
      role: user.role,
      partnerId: user.partnerId,
      locale: user.locale,
      sessionId: session.id,
    };
    return { user, token, session: sessionUser };
  }

  async signOut(ctx: RequestContext, user: SessionUser): Promise<boolean> {
    await this.sessions.close(ctx, user.sessionId);
    ctx.audit({
      action: 'session.signOut',
      entityType: 'User',
      entityId: user.id,
      before: { sessionId: user.sessionId },
    });
    return true;
  }

  async me(ctx: RequestContext): Promise<User | null> {
    return ctx.user ? ctx.manager.getRepository(User).findOneBy({ id: ctx.user.id }) : null;
  }

  async updateMyProfile(ctx: RequestContext, input: UpdateMyProfileInput): Promise<User> {
    const repo = ctx.manager.getRepository(User);
    const user = await repo.findOneByOrFail({ id: ctx.user!.id });
    const before = publicUser(user);
    // A field sent as null, like one left out, stays as it is.
    if (input.displayName != null) user.displayName = input.displayName.trim();
    if (input.locale != null) user.locale = input.locale;
    const saved = await repo.save(user);
    ctx.audit({
      action: 'user.updateProfile',
      entityType: 'User',
      entityId: user.id,
      before,
      after: publicUser(saved),
    });
    return saved;
  }

  /** Changing one's password ends the user's other sessions; this one stays signed in. */
  async changeMyPassword(ctx: RequestContext, input: ChangeMyPasswordInput): Promise<User | InvalidCredentialsError> {
    const repo = ctx.manager.getRepository(User);
    const user = await repo.findOneByOrFail({ id: ctx.user!.id });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      return new InvalidCredentialsError(ctx, 'error.currentPasswordWrong');
    }
    user.passwordHash = await hashPassword(input.newPassword);
    const saved = await repo.save(user);
    await this.sessions.closeAllOf(ctx, user.id, ctx.user!.sessionId);
    ctx.audit({ action: 'user.changePassword', entityType: 'User', entityId: user.id });
    return saved;
  }
}
