import { healthSql } from '../onboarding/project-health.sql';

/**
 * The dashboards' SQL: the KPI definitions of `libs/shared/src/kpi` restated over the rows
 * (`api/test/kpi-agreement.e2e-spec.ts` holds both to the same numbers on generated data).
 * The KPI context is a read model: it reads the other contexts' tables and writes nothing.
 *
 * Parameters of every statement: $1 first day of the period, $2 its last day, $3 one firm or
 * null, $4 today (YYYY-MM-DD, the `Clock`'s).
 */
/** Types every parameter, so each statement binds the same four whether it needs them or not. */
const TYPED = `$1::date IS NOT NULL AND $2::date IS NOT NULL AND $4::date IS NOT NULL`;
export const FIRM = (alias: string) => `($3::uuid IS NULL OR ${alias}.partner_id = $3::uuid) AND ${TYPED}`;

/** Each project started in the period with its activation outcome (`activationOutcome`). */
export const PROJECT_ACTIVATION = `
  WITH settings AS (SELECT threshold, window_days FROM activation_settings WHERE id = 1),
  started AS (
    SELECT op.id, op.partner_id, op.customer_id, op.start_date, op.churned_at IS NOT NULL AS churned,
           (SELECT min(u.taken_on) FROM usage_snapshot u, settings s
             WHERE u.customer_id = op.customer_id AND u.taken_on >= op.start_date
               AND u.utilization >= s.threshold) AS activated_on
      FROM onboarding_project op
     WHERE op.start_date BETWEEN $1::date AND $2::date AND ${FIRM('op')}
  )
  SELECT st.*, CASE
           WHEN st.activated_on <= st.start_date + (s.window_days - 1) THEN 'ACTIVATED'
           WHEN st.start_date + (s.window_days - 1) < $4::date OR st.churned THEN 'NOT_ACTIVATED'
           ELSE 'PENDING' END AS outcome
    FROM started st, settings s`;

export const ACTIVATION_BY_COHORT = `
  SELECT to_char(a.start_date, 'YYYY-MM') AS month,
         count(*)::int AS started,
         count(*) FILTER (WHERE a.outcome = 'ACTIVATED')::int AS activated,
         count(*) FILTER (WHERE a.outcome = 'NOT_ACTIVATED')::int AS "notActivated",
         count(*) FILTER (WHERE a.outcome = 'PENDING')::int AS pending
    FROM (${PROJECT_ACTIVATION}) a
   GROUP BY 1 ORDER BY 1`;

export const ACTIVATION_SETTINGS = `SELECT threshold, window_days AS "windowDays" FROM activation_settings WHERE id = 1`;

/** Phases due in the period and decided today: completed, or open past due (`phaseOnTimeRate`). */
export const PHASES_DUE = `
  FROM project_phase ph
 WHERE ph.due_date BETWEEN $1::date AND $2::date AND ${FIRM('ph')}
   AND (ph.completed_on IS NOT NULL OR ph.due_date < $4::date)`;
const ON_TIME = `count(*) FILTER (WHERE ph.completed_on IS NOT NULL AND ph.completed_on <= ph.due_date)::int`;

export const ON_TIME_BY_PARTNER = `
  SELECT ph.partner_id AS "partnerId", (SELECT name FROM partner WHERE id = ph.partner_id) AS "partnerName",
         NULL AS month, count(*)::int AS due, ${ON_TIME} AS "onTime"
  ${PHASES_DUE}
   GROUP BY ph.partner_id ORDER BY 2, 1`;

export const ON_TIME_BY_MONTH = `
  SELECT NULL AS "partnerId", NULL AS "partnerName", to_char(ph.due_date, 'YYYY-MM') AS month,
         count(*)::int AS due, ${ON_TIME} AS "onTime"
  ${PHASES_DUE}
   GROUP BY 3 ORDER BY 3`;

/** Slots offered and consumed per firm and month (`capacityUtilization`). */
export const CAPACITY_BY_PARTNER_MONTH = `
  SELECT c.partner_id AS "partnerId", p.name AS "partnerName", to_char(c.month, 'YYYY-MM') AS month,
         sum(c.slots_offered)::int AS offered, sum(c.slots_consumed)::int AS consumed
    FROM capacity_plan c JOIN partner p ON p.id = c.partner_id
   WHERE c.month BETWEEN $1::date AND $2::date AND ${FIRM('c')}
   GROUP BY 1, 2, 3 ORDER BY 2, 3, 1`;

/** Answers given in the period (`csat`, `nps`), by month of the answer (UTC days, as the Clock's). */
export const SURVEYS_ANSWERED = `
  FROM survey sv
 WHERE sv.answered_at IS NOT NULL
   AND (sv.answered_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date AND ${FIRM('sv')}`;

export const SURVEYS_BY_MONTH = `
  SELECT to_char(sv.answered_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*)::int AS answers,
         avg(sv.csat)::float8 AS csat,
         ((count(*) FILTER (WHERE sv.nps >= 9) - count(*) FILTER (WHERE sv.nps <= 6)) * 100.0
           / NULLIF(count(sv.nps), 0))::float8 AS nps
  ${SURVEYS_ANSWERED}
   GROUP BY 1 ORDER BY 1`;

export const SURVEY_TOTALS = `
  SELECT count(*)::int AS answers, avg(sv.csat)::float8 AS csat,
         ((count(*) FILTER (WHERE sv.nps >= 9) - count(*) FILTER (WHERE sv.nps <= 6)) * 100.0
           / NULLIF(count(sv.nps), 0))::float8 AS nps
  ${SURVEYS_ANSWERED}`;

/** Projects started in the period and the escalations raised on them (`escalationsPerProject`). */
export const ESCALATIONS_BY_PARTNER = `
  SELECT op.partner_id AS "partnerId", p.name AS "partnerName", count(*)::int AS projects,
         sum((SELECT count(*) FROM escalation e WHERE e.project_id = op.id))::int AS escalations
    FROM onboarding_project op JOIN partner p ON p.id = op.partner_id
   WHERE op.start_date BETWEEN $1::date AND $2::date AND ${FIRM('op')}
   GROUP BY 1, 2 ORDER BY 2, 1`;

/** Every running project's health today (`projectHealth`); the period does not apply. */
export const PROJECT_HEALTH_TODAY = `
  SELECT op.id, op.partner_id, op.customer_id, op.start_date,
         ${healthSql('op').replace(/:today/g, '$4')} AS health
    FROM onboarding_project op
   WHERE ${FIRM('op')}`;

export const RISK_BY_PARTNER = `
  SELECT h.partner_id AS "partnerId", p.name AS "partnerName",
         count(*) FILTER (WHERE h.health IN ('ON_TRACK', 'AT_RISK', 'OVERDUE'))::int AS running,
         count(*) FILTER (WHERE h.health = 'AT_RISK')::int AS "atRisk",
         count(*) FILTER (WHERE h.health = 'OVERDUE')::int AS overdue
    FROM (${PROJECT_HEALTH_TODAY}) h JOIN partner p ON p.id = h.partner_id
   GROUP BY 1, 2 ORDER BY 2, 1`;
