import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import type { KpiArgs, KpiEvidenceArgs } from './dto/kpi.args';
import { readDashboard } from './kpi-dashboard';
import { evidenceSql } from './kpi-evidence.sql';
import { kpiPeriod, periodParams } from './kpi-period';
import * as LIVE from './kpi.sql';
import { KpiRollupService } from './rollup/kpi-rollup.service';
import { ROLLUP } from './rollup/kpi-rollup.sql';
import type { KpiDashboard, KpiEvidence, KpiEvidenceRow } from './kpi.types';

/**
 * The dashboards: every figure of DESIGN.md's KPIs over a period, for the program or one firm,
 * counted in SQL, and the rows behind any figure (`evidence`). The program's figures come from
 * the roll-ups when they count for today (`rollup/`), a firm's always live (`kpi.sql.ts`): a
 * fixed number of statements per request, whatever the data.
 */
@Injectable()
export class KpiService {
  constructor(
    private readonly clock: Clock,
    private readonly rollups: KpiRollupService,
  ) {}

  /** `live`: count from the rows even when roll-ups could serve (the roll-ups' test and bench). */
  async dashboard(ctx: RequestContext, args: KpiArgs, live = false): Promise<KpiDashboard> {
    const period = kpiPeriod(ctx, args, this.clock.today());
    const rollup = await this.rollups.servingToday(ctx.manager, period.today);
    const fromRollup = rollup !== null && period.partnerId === null && !live;
    const SQL = fromRollup ? ROLLUP : LIVE;
    const params = fromRollup ? [period.fromDay, period.toDay] : periodParams(period);
    const q = <T>(sql: string, values: unknown[] = params) => ctx.manager.query(sql, values) as Promise<T[]>;
    return readDashboard(q, SQL, {
      fromMonth: args.fromMonth,
      toMonth: args.toMonth,
      partnerId: period.partnerId,
      figuresAsOf: fromRollup ? rollup.refreshedAt : null,
    });
  }

  /** The rows behind one figure (a measure, optionally one month of the period). */
  async evidence(ctx: RequestContext, args: KpiEvidenceArgs): Promise<KpiEvidence> {
    const period = kpiPeriod(ctx, args, this.clock.today());
    const rows = (await ctx.manager.query(evidenceSql(args.measure), [
      ...periodParams(period),
      args.month ?? null,
    ])) as (KpiEvidenceRow & { totalRows: number })[];
    return {
      totalRows: rows[0]?.totalRows ?? 0,
      rows: rows.map(({ totalRows: _total, ...row }) => row),
    };
  }
}
