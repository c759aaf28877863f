import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale, Role } from '@baton/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { RequestContext, SessionUser } from '../common/context/request-context';
import { Session } from './session.entity';

export const SESSION_COOKIE = 'baton_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The active user behind a token's hash ($1). */
export const SESSION_LOOKUP = `SELECT s.id AS session_id, u.id, u.email, u.role, u.partner_id, u.locale
  FROM session s JOIN "user" u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`;

/** Server-side sessions: the cookie holds a random token, the table its hash. */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get ttlMs(): number {
    return this.config.sessionTtlHours * 3_600_000;
  }

  async open(ctx: RequestContext, userId: string): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const session = await ctx.manager.getRepository(Session).save({
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + this.ttlMs),
    });
    return { token, session };
  }

  /**
   * The active user behind a cookie token, in one statement; null if expired, revoked or
   * deactivated. The one method without a context: it is what the context is built from.
   */
  async resolve(token: string | undefined): Promise<SessionUser | null> {
    if (!token || token.length > 100) return null;
    const rows = await this.dataSource.query<
      { session_id: string; id: string; email: string; role: Role; partner_id: string | null; locale: Locale }[]
    >(SESSION_LOOKUP, [hashToken(token)]);
    const r = rows[0];
    return r
      ? { sessionId: r.session_id, id: r.id, email: r.email, role: r.role, partnerId: r.partner_id, locale: r.locale }
      : null;
  }

  async close(ctx: RequestContext, sessionId: string): Promise<void> {
    await ctx.manager.getRepository(Session).delete({ id: sessionId });
  }

  /** Ends every session of a user at once (deactivation, password reset). */
  async closeAllOf(ctx: RequestContext, userId: string, exceptSessionId?: string): Promise<void> {
    const qb = ctx.manager.createQueryBuilder().delete().from(Session).where('user_id = :userId', { userId });
    if (exceptSessionId) qb.andWhere('id <> :exceptSessionId', { exceptSessionId });
    await qb.execute();
  }
}
