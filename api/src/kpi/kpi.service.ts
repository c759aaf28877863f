import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import type { KpiArgs, KpiEvidenceArgs } from './dto/kpi.args';
import { evidenceSql } from './kpi-evidence.sql';
import { kpiPeriod, periodParams } from './kpi-period';
import * as LIVE from './kpi.sql';
import { KpiRollupService } from './rollup/kpi-rollup.service';
import { ROLLUP } from './rollup/kpi-rollup.sql';
import type {
  ActivationCohort,
  CapacityUse,
  KpiDashboard,
  KpiEvidence,
  KpiEvidenceRow,
  PartnerEscalations,
  PartnerRisk,
  PhaseOnTime,
  SurveyScores,
} from './kpi.types';

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

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
    const [settings] = await q<{ threshold: number; windowDays: number }>(LIVE.ACTIVATION_SETTINGS, []);
    const cohorts = await q<Omit<ActivationCohort, 'rate'>>(SQL.ACTIVATION_BY_COHORT);
    const onTimeByPartner = await q<Omit<PhaseOnTime, 'rate'>>(SQL.ON_TIME_BY_PARTNER);
    const onTimeByMonth = await q<Omit<PhaseOnTime, 'rate'>>(SQL.ON_TIME_BY_MONTH);
    const capacity = await q<Omit<CapacityUse, 'utilization'>>(SQL.CAPACITY_BY_PARTNER_MONTH);
    const surveys = await q<SurveyScores>(SQL.SURVEYS_BY_MONTH);
    const [surveyTotals] = await q<SurveyScores>(SQL.SURVEY_TOTALS);
    const escalations = await q<Omit<PartnerEscalations, 'perProject'>>(SQL.ESCALATIONS_BY_PARTNER);
    const risk = await q<PartnerRisk>(SQL.RISK_BY_PARTNER);

    const activated = sum(cohorts, (c) => c.activated);
    const decided = activated + sum(cohorts, (c) => c.notActivated);
    return {
      fromMonth: args.fromMonth,
      toMonth: args.toMonth,
      partnerId: period.partnerId,
      figuresAsOf: fromRollup ? rollup.refreshedAt : null,
      activationWindowDays: settings.windowDays,
      activationThreshold: settings.threshold,
      totals: {
        activationRate: ratio(activated, decided),
        activationPending: sum(cohorts, (c) => c.pending),
        phaseOnTimeRate: ratio(
          sum(onTimeByPartner, (r) => r.onTime),
          sum(onTimeByPartner, (r) => r.due),
        ),
        capacityUtilization: ratio(
          sum(capacity, (r) => r.consumed),
          sum(capacity, (r) => r.offered),
        ),
        csat: surveyTotals.csat,
        nps: surveyTotals.nps,
        surveyAnswers: surveyTotals.answers,
        escalationsPerProject: ratio(
          sum(escalations, (r) => r.escalations),
          sum(escalations, (r) => r.projects),
        ),
        atRisk: sum(risk, (r) => r.atRisk),
        overdue: sum(risk, (r) => r.overdue),
      },
      activationByCohort: cohorts.map((c) => ({ ...c, rate: ratio(c.activated, c.activated + c.notActivated) })),
      phaseOnTimeByPartner: onTimeByPartner.map((r) => ({ ...r, rate: ratio(r.onTime, r.due) })),
      phaseOnTimeByMonth: onTimeByMonth.map((r) => ({ ...r, rate: ratio(r.onTime, r.due) })),
      capacityByPartnerMonth: capacity.map((r) => ({ ...r, utilization: ratio(r.consumed, r.offered) })),
      surveysByMonth: surveys,
      escalationsByPartner: escalations.map((r) => ({ ...r, perProject: ratio(r.escalations, r.projects) })),
      riskByPartner: risk,
    };
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
