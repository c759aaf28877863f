import { Fault } from '../common/errors/fault';
import { FaultCode } from '@baton/shared';
import type { RequestContext } from '../common/context/request-context';
import type { KpiArgs } from './dto/kpi.args';

/** The parameters every KPI statement takes ($1–$4 of `kpi.sql.ts`). */
export interface KpiPeriod {
  fromDay: string;
  toDay: string;
  partnerId: string | null;
  today: string;
}

/** The last day (YYYY-MM-DD) of a YYYY-MM month. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The period of the arguments, scoped to the caller: a partner user always reads its own firm,
 * and naming another one is refused.
 */
export function kpiPeriod(ctx: RequestContext, args: KpiArgs, today: string): KpiPeriod {
  let partnerId = args.partnerId ?? null;
  if (ctx.partnerId) {
    if (partnerId && partnerId !== ctx.partnerId) throw new Fault(FaultCode.FORBIDDEN, 'fault.forbidden');
    partnerId = ctx.partnerId;
  }
  return { fromDay: `${args.fromMonth}-01`, toDay: lastDayOf(args.toMonth), partnerId, today };
}

export const periodParams = (p: KpiPeriod) => [p.fromDay, p.toDay, p.partnerId, p.today];
