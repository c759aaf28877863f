import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { CustomersService } from '../customers/customers.service';
import { PartnerStatus, type Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CapacityPlan } from './capacity-plan.entity';
import type { CapacityMonth } from './capacity.service';
import { currentMonth, monthsFrom, toDate } from './month';

export interface CalendarRow {
  partner: Partner;
  months: CapacityMonth[];
}

export interface CalendarMonthTotal extends CapacityMonth {
  /** Unassigned customers whose contract falls in the month (the first month also holds the backlog). */
  demand: number;
}

export interface CapacityCalendar {
  months: string[];
  rows: CalendarRow[];
  totals: CalendarMonthTotal[];
}

/** The vendor's capacity calendar: active firms × months, offered / consumed / free, with the demand. */
@Injectable()
export class CapacityCalendarService {
  constructor(
    private readonly partners: PartnersService,
    private readonly customers: CustomersService,
  ) {}

  async calendar(ctx: RequestContext, fromMonth?: string | null, count = 6): Promise<CapacityCalendar> {
    const range = monthsFrom(fromMonth ?? currentMonth(), count + 1);
    const months = range.slice(0, count);
    const firms = await this.partners.withStatuses(ctx, [PartnerStatus.ACTIVE]);
    const sums = firms.length
      ? await scopedQuery(ctx, CapacityPlan, 'c')
          .select('c.partnerId', 'partnerId')
          .addSelect(`to_char(c.month, 'YYYY-MM')`, 'month')
          .addSelect('sum(c.slotsOffered)::int', 'offered')
          .addSelect('sum(c.slotsConsumed)::int', 'consumed')
          .andWhere('c.partnerId = ANY(:ids) AND c.month >= :from AND c.month < :to', {
            ids: firms.map((p) => p.id),
            from: toDate(range[0]),
            to: toDate(range[count]),
          })
          .groupBy('c.partnerId')
          .addGroupBy('c.month')
          .getRawMany<{ partnerId: string; month: string; offered: number; consumed: number }>()
      : [];
    const cell = (partnerId: string | null, month: string): CapacityMonth => {
      const rows = sums.filter((r) => r.month === month && (partnerId === null || r.partnerId === partnerId));
      const offered = rows.reduce((s, r) => s + r.offered, 0);
      const consumed = rows.reduce((s, r) => s + r.consumed, 0);
      return { month, offered, consumed, free: offered - consumed };
    };
    const demand = await this.customers.demandByMonth(ctx, months);
    return {
      months,
      rows: firms.map((partner) => ({ partner, months: months.map((m) => cell(partner.id, m)) })),
      totals: months.map((m) => ({ ...cell(null, m), demand: demand.get(m) ?? 0 })),
    };
  }
}
