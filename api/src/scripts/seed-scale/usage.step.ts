import { atHour, rnd } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/** Weeks after the start a customer's reports are spread over (the activation window and a bit). */
const REPORTED_WEEKS = 20;

/**
 * `scale_usage`: how many snapshots each customer reported — the total shared out by the weeks
 * it could report in (since its start, at most 20), as floor differences so they add up to
 * exactly `snapshots`, and never more than those weeks (each snapshot on its own day).
 */
const SHARES = `
  CREATE TEMP TABLE scale_usage AS
  SELECT x.k, x.customer_id, x.start_date, x.churned_on, x.weeks, x.plateau, x.pace, x.api,
         (c.snapshots * x.cw / x.tw - c.snapshots * (x.cw - x.weeks) / x.tw)::int AS n
    FROM (SELECT sp.k, sp.customer_id, sp.start_date, sp.churned_on,
                 least(${REPORTED_WEEKS}, (c.today - sp.start_date) / 7 + 1)::bigint AS weeks,
                 (sum(least(${REPORTED_WEEKS}, (c.today - sp.start_date) / 7 + 1)) OVER (ORDER BY sp.k))::bigint AS cw,
                 (sum(least(${REPORTED_WEEKS}, (c.today - sp.start_date) / 7 + 1)) OVER ())::bigint AS tw,
                 -- Where usage levels off (better firms' customers higher) and how fast it gets there.
                 40 + 55 * ${rnd('sp.k', 101)} + 40 * (sp.on_time_odds - 0.7) AS plateau,
                 7 + 30 * ${rnd('sp.k', 102)} AS pace,
                 ${rnd('sp.k', 103)} < 0.35 AS api
            FROM scale_project sp, scale_ctx c) x,
         scale_ctx c`;

/**
 * Utilization climbs towards the customer's plateau (so most cross the activation threshold of
 * 60 within the window, some never do) with weekly noise, and sinks once a churn nears.
 */
const SNAPSHOTS = `
  INSERT INTO usage_snapshot (customer_id, taken_on, utilization, metrics, source, created_at)
  SELECT u.customer_id, t.taken_on, t.utilization, jsonb_build_object('logins', round(t.utilization * (0.5 + ${rnd('u.k * 32 + i', 104)}) * 3)),
         CASE WHEN u.api THEN 'API' ELSE 'CSV' END::usage_source, least(c.now, ${atHour('t.taken_on + 1', 3)})
    FROM scale_usage u
   CROSS JOIN LATERAL generate_series(0, u.n - 1) i
   CROSS JOIN LATERAL (
     SELECT d.taken_on, least(100, greatest(0, round(
              (u.plateau * (1 - exp(-((d.taken_on - u.start_date) + 3) / u.pace)) + 10 * (${rnd('u.k * 32 + i', 105)} - 0.5))
              * CASE WHEN u.churned_on IS NOT NULL AND d.taken_on > u.churned_on - 21 THEN 0.4 ELSE 1 END)))::int AS utilization
       FROM (SELECT u.start_date + (i * 7 * u.weeks / u.n)::int AS taken_on) d) t,
   scale_ctx c`;

export async function seedUsage(w: ScaleWriter, snapshots: number): Promise<void> {
  await w.prepare('usage shares', SHARES);
  const [{ room }] = await w.rows<{ room: string }>(`SELECT coalesce(sum(weeks), 0)::text AS room FROM scale_usage`);
  if (Number(room) < snapshots)
    throw new Error(`the customers' reporting weeks (${room}) cannot hold ${snapshots} usage snapshots`);
  await w.fill('usage_snapshot', SNAPSHOTS);
}
