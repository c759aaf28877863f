import { CUSTOMER_SIZE_BANDS, INDUSTRIES } from '@baton/shared';
import { VENDOR_STAFF_EMAIL } from './firms.step';
import { CHURN_REASONS, CITIES, COMPANY_FORMS, COMPANY_MIDDLES, COMPANY_WORDS } from './scale-names';
import { atHour, nth, personEmail, pick, rnd, uid } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/**
 * `scale_project`: one row per slot consumed — a customer placed with a firm for that month, the
 * assignment accepted on the project's first day (inside the decline window), its lead one of the
 * firm's consultants certified in the customer's main product. k = 1 … accounts, by month.
 * 3 % of the projects churn, 3 % stall at a phase; how late the firm tends to be follows its tier.
 */
const PROJECTS = `
  CREATE TEMP TABLE scale_project AS
  WITH slots AS (
    SELECT p.firm, p.id AS plan_id, p.month, p.partner_id, row_number() OVER (ORDER BY p.month, p.firm, s) AS k
      FROM scale_plan p CROSS JOIN LATERAL generate_series(1, p.consumed) s
  ), placed AS (
    SELECT sl.*, f.consultants AS team_size, f.first_consultant, f.modules,
           least(0.97, 0.45 + 0.1 * f.tier + 0.08 * f.quality) AS on_time_odds,
           sl.month + ${pick(
             'sl.k',
             51,
             `CASE WHEN sl.month = c.current_month THEN c.today - sl.month
                                                ELSE (sl.month + interval '1 month')::date - sl.month END`,
           )} AS start_date,
           1 + ${pick('sl.k', 52, 'f.consultants')} AS lead_l
      FROM slots sl JOIN scale_firm f ON f.i = sl.firm, scale_ctx c
  )
  SELECT pl.*, ${uid('customer', 'pl.k')} AS customer_id, ${uid('assignment', 'pl.k')} AS assignment_id,
         ${uid('project', 'pl.k')} AS project_id, ${uid('consultant', 'pl.first_consultant + pl.lead_l - 1')} AS lead_id,
         ${personEmail('pl.firm', 'pl.lead_l')} AS lead_email, ${personEmail('pl.firm', '1')} AS admin_email,
         CASE WHEN pl.team_size > 1 AND ${rnd('pl.k', 53)} < 0.4
              THEN ${uid('consultant', `pl.first_consultant + (pl.lead_l + ${pick('pl.k', 54, 'pl.team_size - 1')}) % pl.team_size`)} END
           AS member_id,
         -- The lead's area (scale_consultant.area) and, for 30 %, the firm's next module too.
         pl.modules[1 + pl.lead_l % cardinality(pl.modules)] AS main_product,
         CASE WHEN ${rnd('pl.k', 55)} < 0.3 THEN pl.modules[1 + (pl.lead_l + 1) % cardinality(pl.modules)] END AS other_product,
         CASE WHEN ${rnd('pl.k', 56)} < 0.03 AND pl.start_date + 20 + ${pick('pl.k', 57, 130)} < c.today
              THEN pl.start_date + 20 + ${pick('pl.k', 57, 130)} END AS churned_on,
         CASE WHEN ${rnd('pl.k', 58)} < 0.03 THEN 2 + ${pick('pl.k', 59, 5)} ELSE 99 END AS stalls_at,
         ${atHour(`pl.start_date - ${pick('pl.k', 60, 4)}`, 1)} AS assigned_at,
         ${atHour('pl.start_date', `2 + ${pick('pl.k', 61, 6)}`)} AS accepted_at,
         pl.start_date - 5 - ${pick('pl.k', 62, 36)} AS contract_date,
         ${rnd('pl.k', 63)} < 0.4 AS auto
    FROM placed pl, scale_ctx c`;

const bandSegment = `CASE WHEN x.band IN ('1-20', '21-100') THEN 'SMB' WHEN x.band = '1001+' THEN 'ENTERPRISE' ELSE 'MID_MARKET' END`;
/** A mixed-radix pick of form × city × middle × word: distinct for the first 67,680 accounts. */
const q = `(sp.k * 7919) % ${COMPANY_FORMS.length * CITIES.length * COMPANY_MIDDLES.length * COMPANY_WORDS.length}`;
const companyName = `replace(${nth(COMPANY_FORMS, q)}, '%s',
  ${nth(CITIES, `${q} / ${COMPANY_FORMS.length}`)}
  || ${nth(COMPANY_MIDDLES, `${q} / ${COMPANY_FORMS.length * CITIES.length}`)}
  || ${nth(COMPANY_WORDS, `${q} / ${COMPANY_FORMS.length * CITIES.length * COMPANY_MIDDLES.length}`)})`;
const fromList = (list: string, k: string, salt: number) => `${list}[1 + ${pick(k, salt, `cardinality(${list})`)}]`;

/** Mostly in the firm's industries, size bands and regions (that is why it was placed there). */
const CUSTOMERS = `
  INSERT INTO customer_account (id, external_id, company_name, industry, employee_band, prefecture, products,
                                contract_date, segment, partner_id, created_at, updated_at)
  SELECT x.customer_id, 'CRM-' || lpad(x.k::text, 7, '0'), x.company_name, x.industry, x.band, x.prefecture, x.products,
         x.contract_date, ${bandSegment}, x.partner_id, ${atHour('x.contract_date', 3)}, x.assigned_at
    FROM (SELECT sp.k, sp.customer_id, sp.partner_id, sp.contract_date, sp.assigned_at, ${companyName} AS company_name,
                 CASE WHEN ${rnd('sp.k', 64)} < 0.75 THEN ${fromList('pa.industries', 'sp.k', 65)}
                      ELSE ${nth(INDUSTRIES, pick('sp.k', 66, INDUSTRIES.length))} END AS industry,
                 CASE WHEN ${rnd('sp.k', 67)} < 0.8 THEN ${fromList('pa.customer_size_bands', 'sp.k', 68)}
                      ELSE ${nth(CUSTOMER_SIZE_BANDS, pick('sp.k', 69, CUSTOMER_SIZE_BANDS.length))} END AS band,
                 CASE WHEN ${rnd('sp.k', 70)} < 0.85 THEN ${fromList('pa.regions', 'sp.k', 71)}
                      ELSE 'JP-' || lpad((1 + ${pick('sp.k', 72, 47)})::text, 2, '0') END AS prefecture,
                 array_remove(ARRAY[sp.main_product, sp.other_product], NULL) AS products
            FROM scale_project sp JOIN partner pa ON pa.id = sp.partner_id) x`;

const ASSIGNMENTS = `
  INSERT INTO assignment (id, customer_id, partner_id, lead_consultant_id, month, capacity_plan_id, status, source, fit,
                          assigned_at, assigned_by_email, decline_by, accepted_at, accepted_by_email)
  SELECT sp.assignment_id, sp.customer_id, sp.partner_id, sp.lead_id, sp.month, sp.plan_id, 'ACTIVE',
         CASE WHEN sp.auto THEN 'AUTO' ELSE 'MANUAL' END::assignment_source,
         -- The fit score (0–100) the recommendation gave; a manual placement outside the candidates has none.
         CASE WHEN sp.auto THEN round((60 + 35 * ${rnd('sp.k', 73)})::numeric, 1)
              WHEN ${rnd('sp.k', 74)} >= 0.05 THEN round((45 + 50 * ${rnd('sp.k', 73)})::numeric, 1) END,
         sp.assigned_at, '${VENDOR_STAFF_EMAIL}', sp.assigned_at + interval '5 days', sp.accepted_at, sp.admin_email
    FROM scale_project sp`;

const PROJECT_ROWS = `
  INSERT INTO onboarding_project (id, assignment_id, customer_id, partner_id, lead_consultant_id, team_consultant_ids,
                                  template_id, start_date, churned_at, churn_reason, churned_by_email, created_at)
  SELECT sp.project_id, sp.assignment_id, sp.customer_id, sp.partner_id, sp.lead_id,
         CASE WHEN sp.member_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[sp.member_id] END,
         (SELECT id FROM onboarding_template WHERE current), sp.start_date,
         ${atHour('sp.churned_on', 5)},
         CASE WHEN sp.churned_on IS NOT NULL THEN ${nth(CHURN_REASONS, 'sp.k')} END,
         CASE WHEN sp.churned_on IS NOT NULL THEN '${VENDOR_STAFF_EMAIL}' END,
         sp.accepted_at
    FROM scale_project sp`;

export async function seedPlacements(w: ScaleWriter): Promise<void> {
  await w.prepare('placements', PROJECTS);
  await w.fill('customer_account', CUSTOMERS);
  await w.fill('assignment', ASSIGNMENTS);
  await w.fill('onboarding_project', PROJECT_ROWS);
}
