import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { NotFoundError } from '../common/errors/not-found.error';
import type { ChangePartnerStatusInput } from './dto/change-partner-status.input';
import type { UpdatePartnerProfileInput } from './dto/update-partner-profile.input';
import { allowedTransitions, isLegalTransition } from './partner-lifecycle';
import { Partner, PartnerStatus } from './partner.entity';
import { IllegalStatusTransitionError } from './partner.errors';
import { PartnerStatusChange } from './partner-status-change.entity';

export type NewPartnerProfile = Pick<
  Partner,
  | 'name'
  | 'kind'
  | 'headcountAtStart'
  | 'contactName'
  | 'contactEmail'
  | 'contactPhone'
  | 'description'
  | 'industries'
  | 'productModules'
  | 'regions'
  | 'languages'
  | 'customerSizeBands'
>;

/** Changing partner firms: their status lifecycle and their profile. */
@Injectable()
export class PartnerAdminService {
  async changeStatus(
    ctx: RequestContext,
    input: ChangePartnerStatusInput,
  ): Promise<Partner | NotFoundError | IllegalStatusTransitionError> {
    const partner = await this.forUpdate(ctx, input.partnerId);
    if (!partner) return new NotFoundError(ctx, 'partner');
    const from = partner.status;
    if (!isLegalTransition(from, input.status)) {
      return new IllegalStatusTransitionError(ctx, from, input.status, allowedTransitions(from));
    }
    partner.status = input.status;
    const saved = await ctx.manager.getRepository(Partner).save(partner);
    const reason = input.reason.trim();
    await ctx.manager.getRepository(PartnerStatusChange).insert({
      partnerId: partner.id,
      fromStatus: from,
      toStatus: input.status,
      reason,
      changedByEmail: ctx.user?.email ?? null,
    });
    ctx.audit({
      action: 'partner.changeStatus',
      entityType: 'Partner',
      entityId: partner.id,
      before: { status: from },
      after: { status: input.status, reason },
    });
    return saved;
  }

  /** Vendor staff edit any firm; a partner admin edits their own (the scoped query finds no other). */
  async updateProfile(
    ctx: RequestContext,
    id: string,
    input: UpdatePartnerProfileInput,
  ): Promise<Partner | NotFoundError> {
    const partner = await this.forUpdate(ctx, id);
    if (!partner) return new NotFoundError(ctx, 'partner');
    const before = profileOf(partner);
    for (const [key, value] of Object.entries(input) as [keyof UpdatePartnerProfileInput, unknown][]) {
      if (value === undefined) continue;
      const clean = typeof value === 'string' ? value.trim() : Array.isArray(value) ? [...new Set(value)] : value;
      Object.assign(partner, { [key]: clean === '' && key !== 'name' ? null : clean });
    }
    const saved = await ctx.manager.getRepository(Partner).save(partner);
    ctx.audit({
      action: 'partner.updateProfile',
      entityType: 'Partner',
      entityId: id,
      before,
      after: profileOf(saved),
    });
    return saved;
  }

  /**
   * A firm whose application was approved (by the applications context): ACTIVE at once, with
   * its first history row. Writes no audit entry: the approving mutation records the one entry.
   */
  async createFromApplication(ctx: RequestContext, profile: NewPartnerProfile, reason: string): Promise<Partner> {
    const partner = await ctx.manager.getRepository(Partner).save({ ...profile, status: PartnerStatus.ACTIVE });
    await ctx.manager.getRepository(PartnerStatusChange).insert({
      partnerId: partner.id,
      fromStatus: null,
      toStatus: PartnerStatus.ACTIVE,
      reason,
      changedByEmail: ctx.user?.email ?? null,
    });
    return partner;
  }

  private forUpdate(ctx: RequestContext, id: string): Promise<Partner | null> {
    return scopedQuery(ctx, Partner, 'p').andWhere('p.id = :id', { id }).setLock('pessimistic_write').getOne();
  }
}

function profileOf(p: Partner) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...profile } = p;
  return profile;
}
