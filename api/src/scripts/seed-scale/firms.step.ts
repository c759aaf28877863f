import { CUSTOMER_SIZE_BANDS, INDUSTRIES, LANGUAGES } from '@baton/shared';
import {
  CITIES,
  FIRM_DESCRIPTIONS,
  FIRM_MODULES,
  FIRM_SUFFIXES,
  FIRM_WORDS,
  GIVEN_NAMES,
  SURNAMES,
} from './scale-names';
import { atHour, firmDomain, nth, pick, rnd, textArray, uid } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

export const VENDOR_ADMIN_EMAIL = 'admin@baton.example';
export const VENDOR_STAFF_EMAIL = 'staff@baton.example';
export const AUDITOR_EMAIL = 'auditor@baton.example';

const KINDS = Object.keys(FIRM_MODULES);
const byKind = (values: (kind: string) => string) =>
  `CASE kind ${KINDS.map((k) => `WHEN '${k}' THEN ${values(k)}`).join(' ')} END`;
const prefecture = (n: string) => `'JP-' || lpad((${n})::text, 2, '0')`;

/**
 * `scale_firm`: one row per firm with what later steps draw on — its size (weight), quality,
 * tier, kind, home prefecture and how many consultants it has (at least one: its admin).
 * Bigger and better firms stand higher: the tiers spread 30/28/22/13/7 % over levels 1–5.
 */
const FIRMS = `
  CREATE TEMP TABLE scale_firm AS
  WITH base AS (
    SELECT i, ${rnd('i', 1)} AS u_size, ${rnd('i', 2)} AS quality, ${rnd('i', 3)} AS u_kind, ${rnd('i', 4)} AS u_home
      FROM scale_ctx c, generate_series(1, c.firms) i
  ), shaped AS (
    SELECT b.*, (1000 + round(9000 * power(u_size, 3)))::bigint AS weight,
           percent_rank() OVER (ORDER BY 0.5 * u_size + 0.5 * quality, i) AS standing,
           CASE WHEN u_kind < 0.25 THEN 'ACCOUNTING_FIRM' WHEN u_kind < 0.55 THEN 'TAX_ACCOUNTANT_OFFICE'
                WHEN u_kind < 0.75 THEN 'LABOR_CONSULTANT_OFFICE' WHEN u_kind < 0.95 THEN 'SYSTEM_INTEGRATOR'
                ELSE 'OTHER' END AS kind,
           CASE WHEN u_home < 0.25 THEN 13 WHEN u_home < 0.35 THEN 27 WHEN u_home < 0.42 THEN 14
                WHEN u_home < 0.48 THEN 23 WHEN u_home < 0.52 THEN 40 ELSE 1 + ${pick('i', 5, 47)} END AS home
      FROM base b
  ), moduled AS (
    SELECT s.*, ${byKind((k) => textArray(FIRM_MODULES[k]))} AS all_modules FROM shaped s
  ), staffed AS (
    SELECT s.*, (sum(weight) OVER (ORDER BY i))::bigint AS cw, (sum(weight) OVER ())::bigint AS tw,
           CASE WHEN standing < 0.30 THEN 1 WHEN standing < 0.58 THEN 2 WHEN standing < 0.80 THEN 3
                WHEN standing < 0.93 THEN 4 ELSE 5 END AS tier
      FROM moduled s
  ), counted AS (
    SELECT st.*, 1 + ((c.consultants - c.firms) * st.cw / st.tw
                     - (c.consultants - c.firms) * (st.cw - st.weight) / st.tw)::int AS consultants
      FROM staffed st, scale_ctx c
  )
  SELECT i, ${uid('firm', 'i')} AS id, kind, weight, quality, tier, home, consultants,
         (sum(consultants) OVER (ORDER BY i) - consultants + 1)::int AS first_consultant,
         (SELECT first_month FROM scale_ctx) - (30 + ${pick('i', 6, 700)}) AS joined_on,
         -- 40 % of the firms moved one tier at a review inside the window (mostly up).
         CASE WHEN ${rnd('i', 7)} < 0.4 THEN
           nullif(least(5, greatest(1, tier + CASE WHEN ${rnd('i', 8)} < 0.65 THEN -1 ELSE 1 END)), tier) END AS earlier_tier,
         ((SELECT first_month FROM scale_ctx) + make_interval(months => 3 * (1 + ${pick('i', 9, 6)})))::date AS tier_changed_on,
         -- The kind's modules, main one first: two of them or more.
         all_modules[1 : 2 + ${pick('i', 14, 'cardinality(all_modules) - 1')}] AS modules
    FROM counted`;

const PARTNERS = `
  INSERT INTO partner (id, name, kind, status, created_at, updated_at, tier, headcount_at_start, contact_name,
                       contact_email, contact_phone, website, description, industries, product_modules, regions,
                       languages, customer_size_bands)
  SELECT f.id,
         ${nth(CITIES, 'f.i')} || ${nth(FIRM_WORDS, 'f.i / ' + CITIES.length)}
           || ${byKind((k) => nth(FIRM_SUFFIXES[k], `f.i / ${CITIES.length * FIRM_WORDS.length}`))},
         f.kind::partner_kind, 'ACTIVE', ${atHour('f.joined_on', 1)}, ${atHour('f.joined_on', 1)}, f.tier,
         f.consultants * 2 + ${pick('f.i', 10, 6)},
         ${nth(SURNAMES, 'f.i * 7')} || ' ' || ${nth(GIVEN_NAMES, 'f.i * 11')},
         'admin@' || ${firmDomain('f.i')},
         '0' || (3 + ${pick('f.i', 11, 7)}) || '-' || lpad(${pick('f.i', 12, 10000)}::text, 4, '0') || '-' || lpad(${pick('f.i', 13, 10000)}::text, 4, '0'),
         'https://www.' || ${firmDomain('f.i')},
         ${byKind((k) => `'${FIRM_DESCRIPTIONS[k]}'`)},
         ARRAY[${nth(INDUSTRIES, 'f.i')}, ${nth(INDUSTRIES, `f.i + 1 + (f.i / ${INDUSTRIES.length}) % 6`)},
               ${nth(INDUSTRIES, `f.i + 2 + (f.i / ${INDUSTRIES.length}) % 6 + (f.i / 84) % 6`)}],
         f.modules,
         ARRAY[${prefecture('f.home')}, ${prefecture('f.home % 47 + 1')}, ${prefecture('(f.home + 1) % 47 + 1')}],
         CASE WHEN ${rnd('f.i', 15)} < 0.2 THEN ${textArray(LANGUAGES.slice(0, 2))}
              WHEN ${rnd('f.i', 15)} < 0.23 THEN ARRAY['ja', 'zh'] ELSE ARRAY['ja'] END,
         (${textArray(CUSTOMER_SIZE_BANDS)})[1 + ${pick('f.i', 16, 4)} : 2 + ${pick('f.i', 16, 4)} + (f.weight > 6000)::int]
    FROM scale_firm f`;

const STATUS_HISTORY = `
  INSERT INTO partner_status_change (partner_id, from_status, to_status, reason, changed_by_email, at)
  SELECT f.id, NULL, 'ACTIVE', 'Application approved', '${VENDOR_ADMIN_EMAIL}', ${atHour('f.joined_on', 1)}
    FROM scale_firm f`;

/** The first review set a tier three months or so after joining; 40 % moved once inside the window. */
const TIER_HISTORY = `
  INSERT INTO partner_tier_change (partner_id, tier, previous_tier, effective_from, changed_at, changed_by_email)
  SELECT f.id, coalesce(f.earlier_tier, f.tier), NULL, d.day, ${atHour('d.day', 1)}, '${AUDITOR_EMAIL}'
    FROM scale_firm f, LATERAL (SELECT date_trunc('month', f.joined_on + 90)::date AS day) d
  UNION ALL
  SELECT f.id, f.tier, f.earlier_tier, f.tier_changed_on, ${atHour('f.tier_changed_on', 1)}, '${AUDITOR_EMAIL}'
    FROM scale_firm f WHERE f.earlier_tier IS NOT NULL`;

/**
 * The migrations ship tier definitions (version 1) effective from 2026-01-01; this program began
 * years before, so the first version is made effective from the first firm's joining (a day
 * before it has no definitions, and statements or reviews of those months would find none).
 */
const DEFINITIONS_SINCE = `
  UPDATE tier_definition_set SET effective_from = (SELECT min(joined_on) FROM scale_firm)
   WHERE version = 1 AND effective_from > (SELECT min(joined_on) FROM scale_firm)`;

export async function seedFirms(w: ScaleWriter): Promise<void> {
  await w.prepare('firms', FIRMS);
  await w.fill('partner', PARTNERS);
  await w.fill('partner_status_change', STATUS_HISTORY);
  await w.fill('partner_tier_change', TIER_HISTORY);
  await w.update('tier_definition_set', DEFINITIONS_SINCE);
}

/**
 * Three percent of the firms were suspended after their last acceptance (ACTIVE → SUSPENDED is a
 * legal step; their projects run on). Runs after the placements.
 */
export async function suspendSomeFirms(w: ScaleWriter): Promise<void> {
  await w.prepare(
    'suspensions',
    `CREATE TEMP TABLE scale_suspension AS
     SELECT f.id, least(c.now - interval '1 hour', max(a.accepted_at) + interval '1 day') AS at
       FROM scale_firm f JOIN assignment a ON a.partner_id = f.id, scale_ctx c
      WHERE ${rnd('f.i', 17)} < 0.03
      GROUP BY f.id, c.now`,
  );
  await w.update(
    'partner',
    `UPDATE partner p SET status = 'SUSPENDED', updated_at = s.at FROM scale_suspension s WHERE p.id = s.id`,
  );
  await w.fill(
    'partner_status_change',
    `INSERT INTO partner_status_change (partner_id, from_status, to_status, reason, changed_by_email, at)
     SELECT s.id, 'ACTIVE', 'SUSPENDED', 'Quality review: onboarding deadlines missed repeatedly', '${VENDOR_ADMIN_EMAIL}', s.at
       FROM scale_suspension s`,
  );
}
