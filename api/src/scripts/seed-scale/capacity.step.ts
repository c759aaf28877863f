import { atHour, personEmail, pick, rnd, uid } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/**
 * `scale_plan`: each firm's plan of each month (every product line), with the slots its
 * assignments will consume. The accounts are shared out over the plans by weight — firm size ×
 * program growth × monthly noise, the current month by the share of it gone by, none ahead — as
 * floor(N·cumulative/total) differences, so they add up to exactly N.
 */
const PLANS = `
  CREATE TEMP TABLE scale_plan AS
  WITH months AS (
    SELECT m, (c.first_month + make_interval(months => m))::date AS month FROM scale_ctx c, generate_series(0, c.months - 1) m
  ), weighted AS (
    SELECT f.i AS firm, f.id AS partner_id, mo.m, mo.month,
           CASE WHEN mo.month > c.current_month THEN 0::bigint
                ELSE round(f.weight * (0.6 + 0.4 * mo.m / c.past_months) * (0.7 + 0.6 * ${rnd('f.i * 64 + mo.m', 41)})
                           * CASE WHEN mo.month < c.current_month THEN 1
                                  ELSE (c.today - c.current_month)::float8 / ((mo.month + interval '1 month')::date - mo.month) END)::bigint
           END AS w
      FROM scale_firm f CROSS JOIN months mo CROSS JOIN scale_ctx c
  ), shared AS (
    SELECT x.*, c.accounts * x.cw / x.tw - c.accounts * (x.cw - x.w) / x.tw AS consumed
      FROM (SELECT weighted.*, (sum(w) OVER (ORDER BY firm, m))::bigint AS cw, (sum(w) OVER ())::bigint AS tw FROM weighted) x,
           scale_ctx c
  )
  SELECT s.firm, s.partner_id, s.m, s.month, ${uid('plan', 's.firm * 64 + s.m')} AS id, s.consumed::int AS consumed,
         (avg(s.consumed) FILTER (WHERE s.month < c.current_month) OVER (PARTITION BY s.firm))::float8 AS usual,
         s.month < c.current_month AS past, s.month > c.current_month AS ahead
    FROM shared s, scale_ctx c`;

const key = 'p.firm * 64 + p.m';

/**
 * A past month: what was consumed plus some slack (30 % of plans were full). This month and the
 * next two: about the firm's usual, never below what is already consumed.
 */
const offered = `least(1000, CASE
  WHEN p.past THEN p.consumed + CASE WHEN ${rnd(key, 42)} < 0.3 THEN 0
                                    ELSE ceil(p.consumed * 0.35 * ${rnd(key, 43)})::int + ${pick(key, 44, 3)} END
  ELSE greatest(p.consumed, round(coalesce(p.usual, 1) * (0.85 + 0.4 * ${rnd(key, 45)}))::int + ${pick(key, 46, 2)}) END)`;

/** Offered some one to four weeks before the month (never after now). */
const offeredAt = `least(c.now - interval '1 hour', ${atHour(`p.month - (7 + ${pick(key, 47, 21)})`, 1)})`;

const CAPACITY_PLANS = `
  INSERT INTO capacity_plan (id, partner_id, month, product_line, slots_offered, slots_consumed, updated_at, updated_by_email)
  SELECT p.id, p.partner_id, p.month, 'ALL', ${offered}, p.consumed, ${offeredAt}, ${personEmail('p.firm', '1')}
    FROM scale_plan p, scale_ctx c`;

/** Each plan's offer history: one offer, or (a fifth of them) an offer revised five days later. */
const OFFER_CHANGES = `
  INSERT INTO capacity_offer_change (partner_id, month, product_line, previous_slots, new_slots, changed_by_email, at)
  SELECT cp.partner_id, cp.month, 'ALL', NULL,
         CASE WHEN r.revised THEN cp.slots_offered + 1 + ${pick(key, 49, 3)} ELSE cp.slots_offered END,
         cp.updated_by_email, cp.updated_at - CASE WHEN r.revised THEN interval '5 days' ELSE interval '0' END
    FROM scale_plan p JOIN capacity_plan cp ON cp.id = p.id, LATERAL (SELECT ${rnd(key, 48)} < 0.2 AS revised) r
  UNION ALL
  SELECT cp.partner_id, cp.month, 'ALL', cp.slots_offered + 1 + ${pick(key, 49, 3)}, cp.slots_offered, cp.updated_by_email,
         cp.updated_at
    FROM scale_plan p JOIN capacity_plan cp ON cp.id = p.id
   WHERE ${rnd(key, 48)} < 0.2`;

export async function seedCapacity(w: ScaleWriter): Promise<void> {
  await w.prepare('capacity shares', PLANS);
  await w.fill('capacity_plan', CAPACITY_PLANS);
  await w.fill('capacity_offer_change', OFFER_CHANGES);
}
