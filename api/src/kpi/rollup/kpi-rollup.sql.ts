import { FIRM, PHASES_DUE, PROJECT_ACTIVATION, PROJECT_HEALTH_TODAY, SURVEYS_ANSWERED } from '../kpi.sql';

/**
 * Building the roll-ups: the live statements of `kpi.sql.ts` over all time (parameters $1 the
 * first day, $2 the last, $3 null for every firm, $4 the day counted for), grouped by firm and
 * month instead of by the dashboard's rows.
 */
const MONTH = (column: string) => `date_trunc('month', ${column})::date`;
const upsert = (columns: string[], select: string) => `
  INSERT INTO kpi_rollup_month (partner_id, month, ${columns.join(', ')}) ${select}
  ON CONFLICT (partner_id, month) DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;

export const ALL_TIME = ['0001-01-01', '9999-12-31'] as const;

/** Run in order after emptying both tables, each with the four parameters. */
export const REFRESH_STATEMENTS = [
  upsert(
    ['started', 'activated', 'not_activated', 'pending'],
    `SELECT a.partner_id, ${MONTH('a.start_date')}, count(*),
            count(*) FILTER (WHERE a.outcome = 'ACTIVATED'), count(*) FILTER (WHERE a.outcome = 'NOT_ACTIVATED'),
            count(*) FILTER (WHERE a.outcome = 'PENDING')
       FROM (${PROJECT_ACTIVATION}) a GROUP BY 1, 2`,
  ),
  upsert(
    ['phases_due', 'phases_on_time'],
    `SELECT ph.partner_id, ${MONTH('ph.due_date')}, count(*),
            count(*) FILTER (WHERE ph.completed_on IS NOT NULL AND ph.completed_on <= ph.due_date)
     ${PHASES_DUE} GROUP BY 1, 2`,
  ),
  upsert(
    ['capacity_rows', 'slots_offered', 'slots_consumed'],
    `SELECT c.partner_id, c.month, count(*), sum(c.slots_offered), sum(c.slots_consumed)
       FROM capacity_plan c WHERE c.month BETWEEN $1::date AND $2::date AND ${FIRM('c')} GROUP BY 1, 2`,
  ),
  upsert(
    ['survey_answers', 'csat_sum', 'csat_count', 'nps_count', 'promoters', 'detractors'],
    `SELECT sv.partner_id, ${MONTH(`sv.answered_at AT TIME ZONE 'UTC'`)}, count(*), coalesce(sum(sv.csat), 0),
            count(sv.csat), count(sv.nps), count(*) FILTER (WHERE sv.nps >= 9), count(*) FILTER (WHERE sv.nps <= 6)
     ${SURVEYS_ANSWERED} GROUP BY 1, 2`,
  ),
  upsert(
    ['projects', 'escalations'],
    `SELECT op.partner_id, ${MONTH('op.start_date')}, count(*),
            sum((SELECT count(*) FROM escalation e WHERE e.project_id = op.id))
       FROM onboarding_project op
      WHERE op.start_date BETWEEN $1::date AND $2::date AND ${FIRM('op')} GROUP BY 1, 2`,
  ),
  `INSERT INTO kpi_rollup_risk (partner_id, projects, running, at_risk, overdue)
   SELECT h.partner_id, count(*), count(*) FILTER (WHERE h.health IN ('ON_TRACK', 'AT_RISK', 'OVERDUE')),
          count(*) FILTER (WHERE h.health = 'AT_RISK'), count(*) FILTER (WHERE h.health = 'OVERDUE')
     FROM (${PROJECT_HEALTH_TODAY}) h GROUP BY 1`,
];

/**
 * Reading the program dashboard from the roll-ups: the same rows, in the same order, as the live
 * statements of the same name in `kpi.sql.ts`. Parameters: $1 first day of the period, $2 its last.
 */
const IN_PERIOD = `r.month BETWEEN $1::date AND $2::date`;
const NPS = `((sum(r.promoters) - sum(r.detractors)) * 100.0 / NULLIF(sum(r.nps_count), 0))::float8`;
const CSAT = `(sum(r.csat_sum)::numeric / NULLIF(sum(r.csat_count), 0))::float8`;
const BY_PARTNER = `FROM kpi_rollup_month r JOIN partner p ON p.id = r.partner_id WHERE ${IN_PERIOD} GROUP BY r.partner_id, p.name`;

export const ROLLUP = {
  ACTIVATION_BY_COHORT: `
    SELECT to_char(r.month, 'YYYY-MM') AS month, sum(r.started)::int AS started, sum(r.activated)::int AS activated,
           sum(r.not_activated)::int AS "notActivated", sum(r.pending)::int AS pending
      FROM kpi_rollup_month r WHERE ${IN_PERIOD} GROUP BY r.month HAVING sum(r.started) > 0 ORDER BY 1`,
  ON_TIME_BY_PARTNER: `
    SELECT r.partner_id AS "partnerId", p.name AS "partnerName", NULL AS month,
           sum(r.phases_due)::int AS due, sum(r.phases_on_time)::int AS "onTime"
    ${BY_PARTNER} HAVING sum(r.phases_due) > 0 ORDER BY 2, 1`,
  ON_TIME_BY_MONTH: `
    SELECT NULL AS "partnerId", NULL AS "partnerName", to_char(r.month, 'YYYY-MM') AS month,
           sum(r.phases_due)::int AS due, sum(r.phases_on_time)::int AS "onTime"
      FROM kpi_rollup_month r WHERE ${IN_PERIOD} GROUP BY r.month HAVING sum(r.phases_due) > 0 ORDER BY 3`,
  CAPACITY_BY_PARTNER_MONTH: `
    SELECT r.partner_id AS "partnerId", p.name AS "partnerName", to_char(r.month, 'YYYY-MM') AS month,
           r.slots_offered AS offered, r.slots_consumed AS consumed
      FROM kpi_rollup_month r JOIN partner p ON p.id = r.partner_id
     WHERE ${IN_PERIOD} AND r.capacity_rows > 0 ORDER BY 2, 3, 1`,
  SURVEYS_BY_MONTH: `
    SELECT to_char(r.month, 'YYYY-MM') AS month, sum(r.survey_answers)::int AS answers, ${CSAT} AS csat, ${NPS} AS nps
      FROM kpi_rollup_month r WHERE ${IN_PERIOD} GROUP BY r.month HAVING sum(r.survey_answers) > 0 ORDER BY 1`,
  SURVEY_TOTALS: `
    SELECT coalesce(sum(r.survey_answers), 0)::int AS answers, ${CSAT} AS csat, ${NPS} AS nps
      FROM kpi_rollup_month r WHERE ${IN_PERIOD}`,
  ESCALATIONS_BY_PARTNER: `
    SELECT r.partner_id AS "partnerId", p.name AS "partnerName", sum(r.projects)::int AS projects,
           sum(r.escalations)::int AS escalations
    ${BY_PARTNER} HAVING sum(r.projects) > 0 ORDER BY 2, 1`,
  RISK_BY_PARTNER: `
    SELECT r.partner_id AS "partnerId", p.name AS "partnerName", r.running, r.at_risk AS "atRisk", r.overdue
      FROM kpi_rollup_risk r JOIN partner p ON p.id = r.partner_id
     WHERE r.projects > 0 AND $1::date IS NOT NULL AND $2::date IS NOT NULL ORDER BY 2, 1`,
};
