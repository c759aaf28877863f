import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import type { Role } from '@baton/shared';
import type { RequestContext, SessionUser } from '../common/context/request-context';
import { PartnersService } from '../partners/partners.service';
import { normalizeEmail } from './auth.service';
import type { AcceptInvitationInput } from './dto/accept-invitation.input';
import { emailTaken } from './email-taken';
import { EmailAlreadyUsedError, InvitationInvalidError } from './identity.errors';
import { Invitation } from './invitation.entity';
import { hashPassword } from './password-hasher';
import { SessionService } from './session.service';
import { User } from './user.entity';

export const INVITATION_TTL_DAYS = 7;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface InviteRequest {
  email: string;
  displayName: string;
  role: Role.PARTNER_ADMIN | Role.PARTNER_MEMBER;
  partnerId: string;
}

export interface InvitationPreview {
  email: string;
  displayName: string;
  role: Role;
  partnerName: string;
  expiresAt: Date;
}

/**
 * Invitations into a partner firm. Other contexts invite through `invite` inside their own
 * mutation (which writes the one audit entry); accepting is a public mutation of its own.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly sessions: SessionService,
    private readonly partners: PartnersService,
  ) {}

  /** A new link for the address; an earlier pending link for it stops working. No mail is sent: pass the link on. */
  async invite(
    ctx: RequestContext,
    request: InviteRequest,
  ): Promise<{ invitation: Invitation; acceptUrl: string } | EmailAlreadyUsedError> {
    const email = normalizeEmail(request.email);
    if (await emailTaken(ctx.manager, email)) return new EmailAlreadyUsedError(ctx, email);
    const repo = ctx.manager.getRepository(Invitation);
    await this.voidPending(ctx, email, request.partnerId);
    const token = randomBytes(32).toString('base64url');
    const invitation = await repo.save(
      repo.create({
        email,
        displayName: request.displayName.trim(),
        role: request.role,
        partnerId: request.partnerId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
        acceptedAt: null,
        invitedByEmail: ctx.user?.email ?? null,
      }),
    );
    return { invitation, acceptUrl: `/invitation/${token}` };
  }

  /** A firm's pending links for an address stop working (re-invited, or the consultant left). Other firms' stay. */
  async voidPending(ctx: RequestContext, email: string, partnerId: string): Promise<void> {
    await ctx.manager
      .getRepository(Invitation)
      .update({ email: normalizeEmail(email), partnerId, acceptedAt: IsNull() }, { expiresAt: new Date() });
  }

  /** What the accept page shows; null when the link is unknown, used or expired. */
  async preview(ctx: RequestContext, token: string): Promise<InvitationPreview | null> {
    const invitation = await this.pending(ctx, token);
    if (!invitation) return null;
    const firm = await this.partners.get(ctx, invitation.partnerId);
    return { ...invitation, partnerName: firm?.name ?? '' };
  }

  /** Creates the user of a valid invitation and signs them in (the caller sets the cookie). */
  async accept(
    ctx: RequestContext,
    input: AcceptInvitationInput,
  ): Promise<{ user: User; token: string; session: SessionUser } | InvitationInvalidError | EmailAlreadyUsedError> {
    const invitation = await this.pending(ctx, input.token, true);
    if (!invitation) return new InvitationInvalidError(ctx);
    if (await emailTaken(ctx.manager, invitation.email)) {
      return new EmailAlreadyUsedError(ctx, invitation.email);
    }
    const users = ctx.manager.getRepository(User);
    const user = await users.save(
      users.create({
        email: invitation.email,
        displayName: input.displayName?.trim() || invitation.displayName,
        role: invitation.role,
        partnerId: invitation.partnerId,
        locale: ctx.locale,
        passwordHash: await hashPassword(input.password),
      }),
    );
    await ctx.manager.getRepository(Invitation).update(invitation.id, { acceptedAt: new Date() });
    const { token, session } = await this.sessions.open(ctx, user.id);
    ctx.audit({
      action: 'user.acceptInvitation',
      entityType: 'User',
      entityId: user.id,
      after: { email: user.email, role: user.role, partnerId: user.partnerId, invitationId: invitation.id },
      actor: { id: user.id, email: user.email, role: user.role },
    });
    const sessionUser: SessionUser = { ...user, sessionId: session.id };
    return { user, token, session: sessionUser };
  }

  /** Looked up by token, so not through the firm-scoped helper: the token is the credential. */
  private pending(ctx: RequestContext, token: string, lock = false): Promise<Invitation | null> {
    if (token.length > 100) return Promise.resolve(null);
    return ctx.manager.getRepository(Invitation).findOne({
      where: { tokenHash: hashToken(token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }
}
