import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { SignInAttempt } from './sign-in-attempt.entity';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

/**
 * Counts failed sign-ins per account and per address over a sliding window, in PostgreSQL so
 * that every API instance sees the same counts. Runs in the sign-in's own transaction, which
 * commits the failure (see `AuthService.signIn`).
 */
@Injectable()
export class SignInThrottleService {
  /**
   * Serializes the sign-ins of one account, then those of one address, until the transaction
   * ends, so that parallel guesses cannot all pass a check before any of them is counted (a burst
   * from one address at many accounts would otherwise overshoot the address limit). Always in
   * this order, so two sign-ins never wait on each other's lock.
   */
  async lock(ctx: RequestContext, email: string): Promise<void> {
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-in:' || $1, 0))`, [email]);
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-in-ip:' || $1, 0))`, [ctx.ip]);
  }

  /** Seconds until the caller may try again, or 0 if not throttled. */
  async retryAfterSeconds(ctx: RequestContext, email: string): Promise<number> {
    const [row] = await ctx.manager.query<{ account_oldest: Date | null; address_oldest: Date | null }[]>(
      `SELECT
         (SELECT min(at) FROM (SELECT at FROM sign_in_attempt WHERE email = $1 AND at > now() - make_interval(mins => $3)
            ORDER BY at DESC LIMIT $4) a HAVING count(*) >= $4) AS account_oldest,
         (SELECT min(at) FROM (SELECT at FROM sign_in_attempt WHERE ip = $2 AND at > now() - make_interval(mins => $3)
            ORDER BY at DESC LIMIT $5) b HAVING count(*) >= $5) AS address_oldest`,
      [email, ctx.ip, THROTTLE_WINDOW_MINUTES, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS],
    );
    const oldest = [row.account_oldest, row.address_oldest].filter((d): d is Date => !!d);
    if (!oldest.length) return 0;
    const until = Math.max(...oldest.map((d) => new Date(d).getTime())) + THROTTLE_WINDOW_MINUTES * 60_000;
    return Math.max(1, Math.ceil((until - Date.now()) / 1000));
  }

  async recordFailure(ctx: RequestContext, email: string): Promise<void> {
    await ctx.manager.getRepository(SignInAttempt).insert({ email, ip: ctx.ip });
  }
}
