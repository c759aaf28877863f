import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { PartnersService } from '../partners/partners.service';
import { CapacityBelowConsumedError, MonthInPastError } from './capacity.errors';
import { CapacityOfferChange } from './capacity-offer-change.entity';
import { ALL_LINES, CapacityPlan } from './capacity-plan.entity';
import type { OfferCapacityInput } from './dto/offer-capacity.input';
import { currentMonth, monthsFrom, toDate } from './month';

export interface CapacityMonth {
  month: string;
  offered: number;
  consumed: number;
  free: number;
}

/** Monthly capacity plans: partners offer onboarding slots, assignments consume them. */
@Injectable()
export class CapacityService {
  constructor(private readonly partners: PartnersService) {}

  async offer(
    ctx: RequestContext,
    input: OfferCapacityInput,
  ): Promise<CapacityPlan | NotFoundError | CapacityBelowConsumedError | MonthInPastError> {
    if (!(await this.partners.get(ctx, input.partnerId))) return new NotFoundError(ctx, 'partner');
    if (input.month < currentMonth()) return new MonthInPastError(ctx, input.month);
    const productLine = input.productLine ?? ALL_LINES;
    const repo = ctx.manager.getRepository(CapacityPlan);
    const existing = await scopedQuery(ctx, CapacityPlan, 'c')
      .andWhere('c.partnerId = :partnerId AND c.month = :month AND c.productLine = :productLine', {
        partnerId: input.partnerId,
        month: toDate(input.month),
        productLine,
      })
      .setLock('pessimistic_write')
      .getOne();
    if (existing && input.slots < existing.slotsConsumed)
      return new CapacityBelowConsumedError(ctx, existing.slotsConsumed);
    const plan =
      existing ??
      repo.create({ partnerId: input.partnerId, month: toDate(input.month), productLine, slotsConsumed: 0 });
    const previousSlots = existing?.slotsOffered ?? null;
    plan.slotsOffered = input.slots;
    plan.updatedByEmail = ctx.user?.email ?? null;
    const saved = await repo.save(plan);
    await ctx.manager.getRepository(CapacityOfferChange).insert({
      partnerId: input.partnerId,
      month: toDate(input.month),
      productLine,
      previousSlots,
      newSlots: input.slots,
      changedByEmail: ctx.user?.email ?? null,
    });
    ctx.audit({
      action: 'capacity.offer',
      entityType: 'CapacityPlan',
      entityId: saved.id,
      before: previousSlots === null ? null : { slotsOffered: previousSlots },
      after: { partnerId: input.partnerId, month: input.month, productLine, slotsOffered: input.slots },
    });
    return saved;
  }

  plans(ctx: RequestContext, partnerId: string, fromMonth?: string | null, months = 6): Promise<CapacityPlan[]> {
    const range = monthsFrom(fromMonth ?? currentMonth(), months + 1);
    return scopedQuery(ctx, CapacityPlan, 'c')
      .andWhere('c.partnerId = :partnerId AND c.month >= :from AND c.month < :to', {
        partnerId,
        from: toDate(range[0]),
        to: toDate(range[months]),
      })
      .orderBy('c.month', 'ASC')
      .addOrderBy('c.productLine', 'ASC')
      .getMany();
  }

  /** Offered / consumed / free per month for each partner of a page, in one statement. */
  summary(ctx: RequestContext, partnerId: string, months: number): Promise<CapacityMonth[]> {
    return ctx
      .loader<CapacityMonth[]>(`capacity.summary.${months}`, async (ids) => {
        const range = monthsFrom(currentMonth(), months + 1);
        const rows = await scopedQuery(ctx, CapacityPlan, 'c')
          .select('c.partnerId', 'partnerId')
          .addSelect(`to_char(c.month, 'YYYY-MM')`, 'month')
          .addSelect('sum(c.slotsOffered)::int', 'offered')
          .addSelect('sum(c.slotsConsumed)::int', 'consumed')
          .andWhere('c.partnerId IN (:...ids) AND c.month >= :from AND c.month < :to', {
            ids,
            from: toDate(range[0]),
            to: toDate(range[months]),
          })
          .groupBy('c.partnerId')
          .addGroupBy('c.month')
          .getRawMany<{ partnerId: string; month: string; offered: number; consumed: number }>();
        const byKey = new Map(rows.map((r) => [`${r.partnerId} ${r.month}`, r]));
        return ids.map((id) =>
          range.slice(0, months).map((month) => {
            const row = byKey.get(`${id} ${month}`);
            const offered = row?.offered ?? 0;
            const consumed = row?.consumed ?? 0;
            return { month, offered, consumed, free: offered - consumed };
          }),
        );
      })
      .load(partnerId) as Promise<CapacityMonth[]>;
  }

  /**
   * Takes one slot of a firm's month for a product line: the line's own plan when the firm
   * planned that line, else its plan for every line. One conditional update (row lock, re-checked
   * after any wait), so concurrent callers can never overbook; the CHECK constraint backs it.
   * Answers the plan used, or null when the month is full (or was never offered).
   */
  async consume(ctx: RequestContext, partnerId: string, month: string, productLine: string): Promise<string | null> {
    // TypeORM answers an UPDATE … RETURNING as [rows, affected].
    const [rows]: [{ id: string }[], number] = await ctx.manager.query(
      `UPDATE capacity_plan SET slots_consumed = slots_consumed + 1, updated_at = now()
        WHERE id = (SELECT id FROM capacity_plan
                     WHERE partner_id = $1 AND month = $2 AND product_line IN ($3, $4)
                     ORDER BY product_line = $4 LIMIT 1)
          AND slots_consumed < slots_offered
        RETURNING id`,
      [partnerId, toDate(month), productLine, ALL_LINES],
    );
    return rows[0]?.id ?? null;
  }

  /** Gives a slot back (an assignment was cancelled, declined or moved). */
  async release(ctx: RequestContext, planId: string): Promise<void> {
    await ctx.manager.query(
      'UPDATE capacity_plan SET slots_consumed = slots_consumed - 1, updated_at = now() WHERE id = $1 AND slots_consumed > 0',
      [planId],
    );
  }

  /** Every firm's plans of one month (the slot pools assignment draws from). */
  plansOfMonth(ctx: RequestContext, month: string, partnerIds?: string[]): Promise<CapacityPlan[]> {
    const qb = scopedQuery(ctx, CapacityPlan, 'c').andWhere('c.month = :month', { month: toDate(month) });
    if (partnerIds) qb.andWhere('c.partnerId = ANY(:partnerIds)', { partnerIds });
    return qb.orderBy('c.partnerId').addOrderBy('c.productLine').getMany();
  }

  async history(
    ctx: RequestContext,
    partnerId: string,
    skip: number,
    take: number,
  ): Promise<Page<CapacityOfferChange>> {
    const [items, totalItems] = await scopedQuery(ctx, CapacityOfferChange, 'h')
      .andWhere('h.partnerId = :partnerId', { partnerId })
      .orderBy('h.at', 'DESC')
      .addOrderBy('h.id', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return { items, totalItems };
  }
}
