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

  plans(ctx: RequestContext, partnerId: string, fromMonth = currentMonth(), months = 6): Promise<CapacityPlan[]> {
    const range = monthsFrom(fromMonth, months + 1);
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
    const range = monthsFrom(currentMonth(), months + 1);
    return ctx
      .loader<CapacityMonth[]>(`capacity.summary.${months}`, async (ids) => {
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
        return ids.map((id) =>
          range.slice(0, months).map((month) => {
            const row = rows.find((r) => r.partnerId === id && r.month === month);
            const offered = row?.offered ?? 0;
            const consumed = row?.consumed ?? 0;
            return { month, offered, consumed, free: offered - consumed };
          }),
        );
      })
      .load(partnerId) as Promise<CapacityMonth[]>;
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
