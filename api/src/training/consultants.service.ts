import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import { Role } from '@baton/shared';
import { scopedQuery } from '../common/access/scoped-query';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { isUniqueViolation } from '../common/errors/unique-violation';
import type { Page } from '../common/pagination';
import { escapeLike } from '../common/sql';
import { normalizeEmail } from '../identity/auth.service';
import { CannotDeactivateSelfError, EmailAlreadyUsedError, PartnerRequiredError } from '../identity/identity.errors';
import { InvitationsService } from '../identity/invitations.service';
import { UsersService } from '../identity/users.service';
import { PartnersService } from '../partners/partners.service';
import { Consultant } from './consultant.entity';
import type { ConsultantListArgs, InviteConsultantInput } from './dto/consultant.input';
import { ConsultantAlreadyExistsError, notFound } from './training.errors';

/** What `inviteConsultant` answers: the consultant and, when they have no account yet, the link to pass on. */
export interface ConsultantInvitationResult {
  consultant: Consultant;
  acceptUrl: string | null;
}

type InviteResult =
  | ConsultantInvitationResult
  | NotFoundError
  | PartnerRequiredError
  | ConsultantAlreadyExistsError
  | EmailAlreadyUsedError;

/**
 * The people of partner firms. Vendor staff and auditors see every firm, a partner admin their
 * own (the scoped query), a partner member only themself: DESIGN gives members "their own
 * training", so a colleague's name, e-mail and progress are not theirs to read.
 */
@Injectable()
export class ConsultantsService {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly users: UsersService,
    private readonly partners: PartnersService,
  ) {}

  /** Every read of consultants starts here. */
  visible(ctx: RequestContext, alias = 'c'): SelectQueryBuilder<Consultant> {
    const qb = scopedQuery(ctx, Consultant, alias);
    if (ctx.role === Role.PARTNER_MEMBER) qb.andWhere(`${alias}.userId = :selfUserId`, { selfUserId: ctx.user!.id });
    return qb;
  }

  async list(ctx: RequestContext, args: ConsultantListArgs): Promise<Page<Consultant>> {
    const qb = this.visible(ctx);
    const f = args.filter ?? {};
    if (args.partnerId) qb.andWhere('c.partnerId = :partnerId', { partnerId: args.partnerId });
    if (f.search) {
      qb.andWhere('(c.displayName ILIKE :q OR c.email ILIKE :q)', { q: `%${escapeLike(f.search.trim())}%` });
    }
    if (f.active !== undefined) qb.andWhere('c.active = :active', { active: f.active });
    const [items, totalItems] = await qb
      .orderBy('c.displayName', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items, totalItems };
  }

  get(ctx: RequestContext, id: string): Promise<Consultant | null> {
    return ctx
      .loader<Consultant>('consultant.byId', async (ids) => {
        const rows = await this.visible(ctx).andWhere('c.id IN (:...ids)', { ids }).getMany();
        const map = new Map(rows.map((c) => [c.id, c]));
        return ids.map((id) => map.get(id) ?? null);
      })
      .load(id);
  }

  /** Active consultants of a firm the caller can see, batched over a page of firms: one statement. */
  activeCount(ctx: RequestContext, partnerId: string): Promise<number> {
    return ctx
      .loader<number>('consultant.activeCount', async (ids) => {
        const rows: { partnerId: string; n: string }[] = await this.visible(ctx)
          .select('c.partnerId', 'partnerId')
          .addSelect('count(*)', 'n')
          .andWhere('c.active = true AND c.partnerId IN (:...ids)', { ids })
          .groupBy('c.partnerId')
          .getRawMany();
        const counts = new Map(rows.map((r) => [r.partnerId, Number(r.n)]));
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(partnerId) as Promise<number>;
  }

  /** A partner admin invites into their own firm; vendor staff name the firm. */
  async invite(ctx: RequestContext, input: InviteConsultantInput): Promise<InviteResult> {
    const partnerId = ctx.isPartnerUser ? ctx.partnerId : (input.partnerId ?? null);
    if (!partnerId) return new PartnerRequiredError(ctx);
    if (input.partnerId && input.partnerId !== partnerId) return new NotFoundError(ctx, 'partner');
    if (!(await this.partners.exists(ctx, partnerId))) return new NotFoundError(ctx, 'partner');
    const email = normalizeEmail(input.email);
    const displayName = input.displayName.trim();
    const repo = ctx.manager.getRepository(Consultant);
    if (await repo.existsBy({ partnerId, email })) return new ConsultantAlreadyExistsError(ctx, email);
    let consultant: Consultant;
    try {
      // The insert trigger links an account of the same firm and e-mail right away.
      const inserted = await repo
        .createQueryBuilder()
        .insert()
        .values({ partnerId, email, displayName })
        .returning('id')
        .execute();
      consultant = await repo.findOneByOrFail({ id: (inserted.identifiers[0] as { id: string }).id });
    } catch (e) {
      if (isUniqueViolation(e, 'consultant_partner_email_key')) return new ConsultantAlreadyExistsError(ctx, email);
      throw e;
    }
    let acceptUrl: string | null = null;
    if (!consultant.userId) {
      const invited = await this.invitations.invite(ctx, { email, displayName, role: Role.PARTNER_MEMBER, partnerId });
      if (invited instanceof EmailAlreadyUsedError) return invited;
      acceptUrl = invited.acceptUrl;
    }
    ctx.audit({
      action: 'consultant.invite',
      entityType: 'Consultant',
      entityId: consultant.id,
      after: { ...snapshot(consultant), invited: acceptUrl !== null },
    });
    return { consultant, acceptUrl };
  }

  /**
   * Deactivating a consultant also deactivates their account (ending its sessions) and voids a
   * pending invitation, so a person who left the firm can no longer get in. Reactivating
   * restores the account only if this deactivation switched it off — never an account a
   * vendor admin deactivated.
   */
  async setActive(
    ctx: RequestContext,
    id: string,
    active: boolean,
  ): Promise<Consultant | NotFoundError | CannotDeactivateSelfError> {
    const consultant = await this.visible(ctx).andWhere('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!consultant) return notFound(ctx, 'consultant');
    const before = snapshot(consultant);
    let account: unknown;
    if (!active) await this.invitations.voidPending(ctx, consultant.email, consultant.partnerId);
    const switchAccount =
      consultant.userId &&
      (active ? consultant.accountDeactivatedWithConsultant : await this.accountActive(ctx, consultant.userId));
    if (switchAccount) {
      const user = await this.users.setActive(ctx, consultant.userId!, active);
      if (user instanceof CannotDeactivateSelfError) return user;
      // UsersService recorded the account change as its own entry: it goes into this mutation's one entry.
      account = ctx.takeAuditRecords().map((r) => ({ action: r.action, after: r.after }))[0];
    }
    consultant.active = active;
    consultant.accountDeactivatedWithConsultant = !active && !!switchAccount;
    const saved = await ctx.manager.getRepository(Consultant).save(consultant);
    ctx.audit({
      action: active ? 'consultant.reactivate' : 'consultant.deactivate',
      entityType: 'Consultant',
      entityId: id,
      before,
      after: { ...snapshot(saved), ...(account ? { account } : {}) },
    });
    return saved;
  }

  private async accountActive(ctx: RequestContext, userId: string): Promise<boolean> {
    const user = await this.users.get(ctx, userId);
    return !!user?.active;
  }
}

function snapshot(c: Consultant) {
  return { partnerId: c.partnerId, email: c.email, displayName: c.displayName, active: c.active, userId: c.userId };
}
