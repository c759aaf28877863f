import type { Pool } from 'pg';
import { currentMonth, monthsFrom, toDate } from '../capacity/month';
import { lastDayOf } from '../kpi/kpi-period';
import { ACTIVATION_SETTINGS } from '../kpi/kpi.sql';
import { SERVING_TODAY } from '../kpi/rollup/kpi-rollup.service';
import { ROLLUP } from '../kpi/rollup/kpi-rollup.sql';

/**
 * The three reads of the GraphQL-overhead bench written by hand over `pg`: one joined statement
 * per partner read, and the program dashboard from the roll-ups with the API's own statements
 * (`kpi-rollup.sql.ts`), in the API's order. Each answers the JSON the API answers for the bench's
 * GraphQL documents (`graphql-overhead.bench.ts`), so the bench can check both agree.
 */

/** This month's offered and consumed slots of the firm `alias.id`: `capacitySummary(months: 1)`. */
const CAPACITY_THIS_MONTH = (alias: string) => `
  LEFT JOIN LATERAL (SELECT sum(cp.slots_offered)::int AS offered, sum(cp.slots_consumed)::int AS consumed
                       FROM capacity_plan cp
                      WHERE cp.partner_id = ${alias}.id AND cp.month >= $1::date AND cp.month < $2::date) cap ON true`;

const PARTNER = `
  SELECT p.id, p.name, p.tier, cap.offered, cap.consumed
    FROM partner p ${CAPACITY_THIS_MONTH('p')}
   WHERE p.id = $3`;

/** The directory's first page by name (the API's default sort), with the count and each firm's figures. */
const PARTNERS = `
  WITH page AS (SELECT p.id, p.name, p.tier FROM partner p ORDER BY p.name ASC NULLS LAST, p.id ASC LIMIT $3)
  SELECT t.total, page.id, page.name, page.tier, cap.offered, cap.consumed, coalesce(k.n, 0) AS consultants
    FROM (SELECT count(*)::int AS total FROM partner) t
    LEFT JOIN page ON true ${CAPACITY_THIS_MONTH('page')}
    LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM consultant c
                        WHERE c.partner_id = page.id AND c.active) k ON true
   ORDER BY page.name ASC NULLS LAST, page.id ASC`;

type CapacityRow = { offered: number | null; consumed: number | null };

const thisMonth = () => {
  const [from, to] = monthsFrom(currentMonth(), 2);
  return [toDate(from), toDate(to)];
};

const capacitySummary = ({ offered, consumed }: CapacityRow) => ({
  totalOffered: offered ?? 0,
  totalConsumed: consumed ?? 0,
  totalFree: (offered ?? 0) - (consumed ?? 0),
});

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

export function rawReads(pool: Pool) {
  const rows = async <T>(sql: string, values: unknown[]) => (await pool.query(sql, values)).rows as T[];

  return {
    async partner(id: string) {
      const [p] = await rows<CapacityRow & { id: string; name: string; tier: number | null }>(PARTNER, [
        ...thisMonth(),
        id,
      ]);
      return { partner: p ? { id: p.id, name: p.name, tier: p.tier, capacitySummary: capacitySummary(p) } : null };
    },

    async partners(take: number) {
      const found = await rows<
        CapacityRow & { total: number; id: string | null; name: string; tier: number | null; consultants: number }
      >(PARTNERS, [...thisMonth(), take]);
      return {
        partners: {
          totalItems: found[0].total,
          items: found
            .filter((p) => p.id !== null)
            .map((p) => ({
              id: p.id,
              name: p.name,
              tier: p.tier,
              capacitySummary: capacitySummary(p),
              consultantCount: p.consultants,
            })),
        },
      };
    },

    /** The program's dashboard from the roll-ups; null while they do not count for today. */
    async kpiDashboard(fromMonth: string, toMonth: string) {
      const [state] = await rows<{ refreshedAt: Date }>(SERVING_TODAY, [new Date().toISOString().slice(0, 10)]);
      if (!state) return null;
      const period = [`${fromMonth}-01`, lastDayOf(toMonth)];
      const [settings] = await rows<{ threshold: number; windowDays: number }>(ACTIVATION_SETTINGS, []);
      type Cohort = { activated: number; notActivated: number; pending: number };
      type Due = { due: number; onTime: number };
      type Capacity = { offered: number; consumed: number };
      type Escalations = { projects: number; escalations: number };
      type Risk = { atRisk: number; overdue: number };
      const cohorts = await rows<Cohort>(ROLLUP.ACTIVATION_BY_COHORT, period);
      const onTimeByPartner = await rows<Due>(ROLLUP.ON_TIME_BY_PARTNER, period);
      const onTimeByMonth = await rows<Due>(ROLLUP.ON_TIME_BY_MONTH, period);
      const capacity = await rows<Capacity>(ROLLUP.CAPACITY_BY_PARTNER_MONTH, period);
      const surveys = await rows<object>(ROLLUP.SURVEYS_BY_MONTH, period);
      const [surveyTotals] = await rows<{ answers: number; csat: number | null; nps: number | null }>(
        ROLLUP.SURVEY_TOTALS,
        period,
      );
      const escalations = await rows<Escalations>(ROLLUP.ESCALATIONS_BY_PARTNER, period);
      const risk = await rows<Risk>(ROLLUP.RISK_BY_PARTNER, period);
      const activated = sum(cohorts, (c) => c.activated);
      return {
        kpiDashboard: {
          fromMonth,
          toMonth,
          partnerId: null,
          figuresAsOf: state.refreshedAt,
          activationWindowDays: settings.windowDays,
          activationThreshold: settings.threshold,
          totals: {
            activationRate: ratio(activated, activated + sum(cohorts, (c) => c.notActivated)),
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
          phaseOnTimeByPartner: onTimeByPartner.map(({ month: _trend, ...r }: Due & { month?: unknown }) => ({
            ...r,
            rate: ratio(r.onTime, r.due),
          })),
          phaseOnTimeByMonth: onTimeByMonth.map(
            ({ partnerId: _p, partnerName: _n, ...r }: Due & { partnerId?: unknown; partnerName?: unknown }) => ({
              ...r,
              rate: ratio(r.onTime, r.due),
            }),
          ),
          capacityByPartnerMonth: capacity.map((r) => ({ ...r, utilization: ratio(r.consumed, r.offered) })),
          surveysByMonth: surveys,
          escalationsByPartner: escalations.map((r) => ({ ...r, perProject: ratio(r.escalations, r.projects) })),
          riskByPartner: risk,
        },
      };
    },
  };
}
