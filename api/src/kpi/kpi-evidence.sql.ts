import { KpiMeasure } from './dto/kpi.args';
import { FIRM, PROJECT_ACTIVATION, PROJECT_HEALTH_TODAY } from './kpi.sql';

/**
 * The rows behind each figure of the dashboards, in the shape of `KpiEvidenceRow`: the same
 * FROM and WHERE as the figure's statement in `kpi.sql.ts`, so counting them gives the figure.
 * Parameters: those of `kpi.sql.ts`, then $5 one month of the period (YYYY-MM) or null.
 */
const CUSTOMER = (alias: string) => `(SELECT company_name FROM customer_account WHERE id = ${alias}.customer_id)`;
const PARTNER = (alias: string) => `(SELECT name FROM partner WHERE id = ${alias}.partner_id)`;
const IN_MONTH = (column: string) => `($5::text IS NULL OR to_char(${column}, 'YYYY-MM') = $5::text)`;

const ROWS: Record<KpiMeasure, string> = {
  [KpiMeasure.ACTIVATION]: `
    SELECT a.id AS key, a.id AS "projectId", a.partner_id AS "partnerId", ${PARTNER('a')} AS "partnerName",
           ${CUSTOMER('a')} AS "customerName", to_char(a.start_date, 'YYYY-MM') AS month, a.outcome AS label, NULL AS "labelJa",
           to_char(a.start_date, 'YYYY-MM-DD') AS date, to_char(a.activated_on, 'YYYY-MM-DD') AS "doneOn",
           NULL::float8 AS value, NULL::float8 AS value2,
           CASE a.outcome WHEN 'PENDING' THEN NULL ELSE a.outcome = 'ACTIVATED' END AS counted, NULL AS health
      FROM (${PROJECT_ACTIVATION}) a
     WHERE ${IN_MONTH('a.start_date')}
     ORDER BY a.start_date, a.id`,
  [KpiMeasure.PHASE_ON_TIME]: `
    SELECT ph.id AS key, ph.project_id AS "projectId", ph.partner_id AS "partnerId", ${PARTNER('ph')} AS "partnerName",
           (SELECT company_name FROM customer_account c JOIN onboarding_project op ON op.customer_id = c.id
             WHERE op.id = ph.project_id) AS "customerName",
           to_char(ph.due_date, 'YYYY-MM') AS month, ph.name_en AS label, ph.name_ja AS "labelJa",
           to_char(ph.due_date, 'YYYY-MM-DD') AS date, to_char(ph.completed_on, 'YYYY-MM-DD') AS "doneOn",
           ph.position::float8 AS value, NULL::float8 AS value2,
           (ph.completed_on IS NOT NULL AND ph.completed_on <= ph.due_date) AS counted, NULL AS health
      FROM project_phase ph
     WHERE ph.due_date BETWEEN $1::date AND $2::date AND (ph.completed_on IS NOT NULL OR ph.due_date < $4::date)
       AND ${FIRM('ph')} AND ${IN_MONTH('ph.due_date')}
     ORDER BY ph.due_date, ph.id`,
  [KpiMeasure.CAPACITY]: `
    SELECT c.id AS key, NULL AS "projectId", c.partner_id AS "partnerId", ${PARTNER('c')} AS "partnerName",
           NULL AS "customerName", to_char(c.month, 'YYYY-MM') AS month, c.product_line AS label, NULL AS "labelJa",
           to_char(c.month, 'YYYY-MM-DD') AS date, NULL AS "doneOn",
           c.slots_offered::float8 AS value, c.slots_consumed::float8 AS value2, NULL::boolean AS counted, NULL AS health
      FROM capacity_plan c
     WHERE c.month BETWEEN $1::date AND $2::date
       AND ${FIRM('c')} AND ${IN_MONTH('c.month')}
     ORDER BY c.month, 4, c.product_line`,
  [KpiMeasure.SURVEYS]: `
    SELECT sv.id AS key, sv.project_id AS "projectId", sv.partner_id AS "partnerId", ${PARTNER('sv')} AS "partnerName",
           (SELECT company_name FROM customer_account c JOIN onboarding_project op ON op.customer_id = c.id
             WHERE op.id = sv.project_id) AS "customerName",
           to_char(sv.answered_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, sv.kind::text AS label, NULL AS "labelJa",
           to_char(sv.answered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, NULL AS "doneOn",
           sv.csat::float8 AS value, sv.nps::float8 AS value2, NULL::boolean AS counted, NULL AS health
      FROM survey sv
     WHERE sv.answered_at IS NOT NULL
       AND (sv.answered_at AT TIME ZONE 'UTC')::date BETWEEN $1::date AND $2::date
       AND ${FIRM('sv')} AND ${IN_MONTH("sv.answered_at AT TIME ZONE 'UTC'")}
     ORDER BY sv.answered_at, sv.id`,
  [KpiMeasure.ESCALATIONS]: `
    SELECT op.id AS key, op.id AS "projectId", op.partner_id AS "partnerId", ${PARTNER('op')} AS "partnerName",
           ${CUSTOMER('op')} AS "customerName", to_char(op.start_date, 'YYYY-MM') AS month, NULL AS label, NULL AS "labelJa",
           to_char(op.start_date, 'YYYY-MM-DD') AS date, NULL AS "doneOn",
           (SELECT count(*) FROM escalation e WHERE e.project_id = op.id)::float8 AS value, NULL::float8 AS value2,
           NULL::boolean AS counted, NULL AS health
      FROM onboarding_project op
     WHERE op.start_date BETWEEN $1::date AND $2::date
       AND ${FIRM('op')} AND ${IN_MONTH('op.start_date')}
     ORDER BY op.start_date, op.id`,
  [KpiMeasure.AT_RISK]: `
    SELECT h.id AS key, h.id AS "projectId", h.partner_id AS "partnerId", ${PARTNER('h')} AS "partnerName",
           ${CUSTOMER('h')} AS "customerName", to_char(h.start_date, 'YYYY-MM') AS month, h.health AS label, NULL AS "labelJa",
           to_char(h.start_date, 'YYYY-MM-DD') AS date, NULL AS "doneOn", NULL::float8 AS value,
           NULL::float8 AS value2, NULL::boolean AS counted, h.health AS health
      FROM (${PROJECT_HEALTH_TODAY}) h
     WHERE h.health IN ('AT_RISK', 'OVERDUE') AND ${IN_MONTH('h.start_date')}
     ORDER BY h.health DESC, h.start_date, h.id`,
};

/** At most this many rows are listed; the count is always exact. */
export const EVIDENCE_LIMIT = 1000;

export const evidenceSql = (measure: KpiMeasure) => `
  WITH rows AS (${ROWS[measure]})
  SELECT *, count(*) OVER ()::int AS "totalRows" FROM rows LIMIT ${EVIDENCE_LIMIT}`;
