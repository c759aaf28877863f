import * as LIVE from './kpi.sql';
import type {
  ActivationCohort,
  CapacityUse,
  KpiDashboard,
  PartnerEscalations,
  PartnerRisk,
  PhaseOnTime,
  SurveyScores,
} from './kpi.types';

/** Runs one statement; `values` defaults to the period's parameters. */
export type DashboardQuery = <T>(sql: string, values?: unknown[]) => Promise<T[]>;

/** The statements that count the figures: the live ones (`kpi.sql.ts`) or the roll-ups'. */
export type DashboardStatements = Pick<
  typeof LIVE,
  | 'ACTIVATION_BY_COHORT'
  | 'ON_TIME_BY_PARTNER'
  | 'ON_TIME_BY_MONTH'
  | 'CAPACITY_BY_PARTNER_MONTH'
  | 'SURVEYS_BY_MONTH'
  | 'SURVEY_TOTALS'
  | 'ESCALATIONS_BY_PARTNER'
  | 'RISK_BY_PARTNER'
>;

type Head = Pick<KpiDashboard, 'fromMonth' | 'toMonth' | 'partnerId' | 'figuresAsOf'>;

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

/**
 * A dashboard's statements, one after the other (the settings, then the eight figures of `SQL`),
 * and its totals and rates assembled from their rows. The API and the benchmark's raw server both
 * read the dashboard through it.
 */
export async function readDashboard(q: DashboardQuery, SQL: DashboardStatements, head: Head): Promise<KpiDashboard> {
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
    ...head,
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
