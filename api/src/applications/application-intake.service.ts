import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import type { SubmitPartnerApplicationInput } from './dto/submit-partner-application.input';
import { TooManyApplicationsError } from './applications.errors';
import { PartnerApplication } from './partner-application.entity';

/**
 * Per address and hour. Higher than one firm needs, because several people of one office can
 * sit behind one address; low enough that a script cannot fill the review queue.
 */
export const MAX_APPLICATIONS_PER_ADDRESS = 10;
export const APPLICATION_WINDOW_MINUTES = 60;

/** No 0/O or 1/I: the reference is read out over the phone. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newReference(): string {
  const chars = [...randomBytes(8)].map((b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]);
  return `APP-${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** The public side: a prospective firm applies, with no account. */
@Injectable()
export class ApplicationIntakeService {
  async submit(
    ctx: RequestContext,
    input: SubmitPartnerApplicationInput,
  ): Promise<{ reference: string } | TooManyApplicationsError> {
    // Parallel submissions from one address wait for each other, so none passes the count unseen.
    await ctx.manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('application:' || $1, 0))`, [ctx.ip]);
    const retryAfter = await this.retryAfterSeconds(ctx);
    if (retryAfter > 0) return new TooManyApplicationsError(ctx, retryAfter);

    const reference = newReference();
    if (input.companyUrl) {
      // Honeypot: the form hides this field, so only a bot fills it. The bot gets the same
      // success-shaped answer as a person (so it learns nothing); nothing at all is written.
      ctx.discardWrites();
      return { reference };
    }

    const { companyUrl: _honeypot, ...fields } = input;
    const unique = (list: string[] = []) => [...new Set(list)];
    const saved = await ctx.manager.getRepository(PartnerApplication).save({
      ...fields,
      contactEmail: fields.contactEmail.toLowerCase(),
      contactPhone: fields.contactPhone || null,
      expansionPlans: fields.expansionPlans || null,
      industries: unique(fields.industries),
      productModules: unique(fields.productModules),
      regions: unique(fields.regions),
      languages: unique(fields.languages),
      customerSizeBands: unique(fields.customerSizeBands),
      reference,
      ip: ctx.ip,
    });
    ctx.audit({
      action: 'partnerApplication.submit',
      entityType: 'PartnerApplication',
      entityId: saved.id,
      after: { reference, firmName: saved.firmName, contactEmail: saved.contactEmail },
    });
    return { reference };
  }

  /** Seconds until the address may apply again, or 0. Counted in PostgreSQL: every instance agrees. */
  private async retryAfterSeconds(ctx: RequestContext): Promise<number> {
    const [row] = await ctx.manager.query<{ oldest: Date | null }[]>(
      `SELECT min(created_at) AS oldest FROM (
         SELECT created_at FROM partner_application
          WHERE ip = $1 AND created_at > now() - make_interval(mins => $2)
          ORDER BY created_at DESC LIMIT $3) recent
       HAVING count(*) >= $3`,
      [ctx.ip, APPLICATION_WINDOW_MINUTES, MAX_APPLICATIONS_PER_ADDRESS],
    );
    if (!row?.oldest) return 0;
    const until = new Date(row.oldest).getTime() + APPLICATION_WINDOW_MINUTES * 60_000;
    return Math.max(1, Math.ceil((until - Date.now()) / 1000));
  }
}
