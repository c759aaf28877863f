import type { Pool } from 'pg';
import { currentMonth, monthsFrom, toDate } from '../capacity/month';
import { lastDayOf } from '../kpi/kpi-period';
import { readDashboard } from '../kpi/kpi-dashboard';
import { SERVING_TODAY } from '../kpi/rollup/kpi-rollup.service';
import { ROLLUP } from '../kpi/rollup/kpi-rollup.sql';

/**
 * The three reads of the GraphQL-overhead bench written by hand over `pg`, each answering the JSON
 * the API answers for the bench's GraphQL documents (`graphql-overhead.bench.ts`), so the bench
 * can check both agree. The partner reads send the API's statements word for word, in its order
 * (firm, then capacity; page, count, then capacity and consultant counts of the page's ids), and
 * also as one hand-joined statement (`joined`, the reference); the program dashboard sends the
 * API's own roll-up statements (`kpi-rollup.sql.ts`).
 */

/** This month's offered and consumed slots of the firm `alias.id`: `capacitySummary(months: 1)`. */
const CAPACITY_THIS_MONTH = (alias: string) => `
  LEFT JOIN LATERAL (SELECT sum(cp.slots_offered)::int AS offered, sum(cp.slots_consumed)::int AS consumed
                       FROM capacity_plan cp
                      WHERE cp.partner_id = ${alias}.id AND cp.month >= $1::date AND cp.month < $2::date) cap ON true`;

const PARTNER_JOINED = `
  SELECT p.id, p.name, p.tier, cap.offered, cap.consumed
    FROM partner p ${CAPACITY_THIS_MONTH('p')}
   WHERE p.id = $3`;

/** The directory's first page by name (the API's default sort), with the count and each firm's figures. */
const PARTNERS_JOINED = `
  WITH page AS (SELECT p.id, p.name, p.tier FROM partner p ORDER BY p.name ASC NULLS LAST, p.id ASC LIMIT $3)
  SELECT t.total, page.id, page.name, page.tier, cap.offered, cap.consumed, coalesce(k.n, 0) AS consultants
    FROM (SELECT count(*)::int AS total FROM partner) t
    LEFT JOIN page ON true ${CAPACITY_THIS_MONTH('page')}
    LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM consultant c
                        WHERE c.partner_id = page.id AND c.active) k ON true
   ORDER BY page.name ASC NULLS LAST, page.id ASC`;

/**
 * The statements the API sends for the same reads, word for word (as its `pg` client receives
 * them): the firms with every column of the entity, a list's ids as one parameter each.
 */
const PARTNER_COLUMNS = [
  'id',
  'name',
  'kind',
  'status',
  'tier',
  'headcount_at_start',
  'contact_name',
  'contact_email',
  'contact_phone',
  'website',
  'description',
  'industries',
  'product_modules',
  'regions',
  'languages',
  'customer_size_bands',
  'created_at',
  'updated_at',
];
const FIRMS = `SELECT ${PARTNER_COLUMNS.map((c) => `"p"."${c}" AS "p_${c}"`).join(', ')} FROM "partner" "p"`;
const FIRMS_BY_ID = (ids: number) => `${FIRMS} WHERE ("p"."id" IN (${params(1, ids)}))`;
const FIRM_PAGE = `${FIRMS} ORDER BY "p"."name" ASC NULLS LAST, "p"."id" ASC LIMIT $1 OFFSET 0`;
const FIRM_COUNT = `SELECT COUNT(1) AS "cnt" FROM "partner" "p"`;
const CAPACITY_OF = (ids: number) =>
  `SELECT "c"."partner_id" AS "partnerId", to_char("c"."month", 'YYYY-MM') AS "month", sum("c"."slots_offered")::int AS "offered", sum("c"."slots_consumed")::int AS "consumed" FROM "capacity_plan" "c" WHERE ("c"."partner_id" IN (${params(1, ids)}) AND "c"."month" >= $${ids + 1} AND "c"."month" < $${ids + 2}) GROUP BY "c"."partner_id", "c"."month"`;
const CONSULTANTS_OF = (ids: number) =>
  `SELECT "c"."partner_id" AS "partnerId", count(*) AS "n" FROM "consultant" "c" WHERE ("c"."active" = true AND "c"."partner_id" IN (${params(1, ids)})) GROUP BY "c"."partner_id"`;

function params(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `$${from + i}`).join(', ');
}

type CapacityRow = { offered: number | null; consumed: number | null };
type Firm = { id: string; name: string; tier: number | null };
type FirmRow = { p_id: string; p_name: string; p_tier: number | null };
const firmOf = (r: FirmRow): Firm => ({ id: r.p_id, name: r.p_name, tier: r.p_tier });
const NO_CAPACITY: CapacityRow = { offered: null, consumed: null };

const thisMonth = () => {
  const [from, to] = monthsFrom(currentMonth(), 2);
  return [toDate(from), toDate(to)];
};

const capacitySummary = ({ offered, consumed }: CapacityRow) => ({
  totalOffered: offered ?? 0,
  totalConsumed: consumed ?? 0,
  totalFree: (offered ?? 0) - (consumed ?? 0),
});

const firmAnswer = (p: Firm & CapacityRow) => ({
  id: p.id,
  name: p.name,
  tier: p.tier,
  capacitySummary: capacitySummary(p),
});

export function rawReads(pool: Pool) {
  const rows = async <T>(sql: string, values: unknown[]) => (await pool.query(sql, values)).rows as T[];

  return {
    async partner(id: string, joined: boolean) {
      if (joined) {
        const [p] = await rows<Firm & CapacityRow>(PARTNER_JOINED, [...thisMonth(), id]);
        return { partner: p ? firmAnswer(p) : null };
      }
      const [firm] = await rows<FirmRow>(FIRMS_BY_ID(1), [id]);
      if (!firm) return { partner: null };
      const [capacity = NO_CAPACITY] = await rows<CapacityRow>(CAPACITY_OF(1), [id, ...thisMonth()]);
      return { partner: firmAnswer({ ...firmOf(firm), ...capacity }) };
    },

    async partners(take: number, joined: boolean) {
      if (joined) {
        const found = await rows<Firm & CapacityRow & { total: number; consultants: number }>(PARTNERS_JOINED, [
          ...thisMonth(),
          take,
        ]);
        const items = found.filter((p) => p.id !== null);
        return {
          partners: {
            totalItems: found[0].total,
            items: items.map((p) => ({ ...firmAnswer(p), consultantCount: p.consultants })),
          },
        };
      }
      const page = (await rows<FirmRow>(FIRM_PAGE, [take])).map(firmOf);
      const [{ cnt }] = await rows<{ cnt: string }>(FIRM_COUNT, []);
      const ids = page.map((p) => p.id);
      const capacity = new Map(
        (await rows<CapacityRow & { partnerId: string }>(CAPACITY_OF(ids.length), [...ids, ...thisMonth()])).map(
          (r) => [r.partnerId, r],
        ),
      );
      const consultants = new Map(
        (await rows<{ partnerId: string; n: string }>(CONSULTANTS_OF(ids.length), ids)).map((r) => [
          r.partnerId,
          Number(r.n),
        ]),
      );
      return {
        partners: {
          totalItems: Number(cnt),
          items: page.map((p) => ({
            ...firmAnswer({ ...p, ...(capacity.get(p.id) ?? NO_CAPACITY) }),
            consultantCount: consultants.get(p.id) ?? 0,
          })),
        },
      };
    },

    /** The program's dashboard from the roll-ups; null while they do not count for today. */
    async kpiDashboard(fromMonth: string, toMonth: string) {
      const [state] = await rows<{ refreshedAt: Date }>(SERVING_TODAY, [new Date().toISOString().slice(0, 10)]);
      if (!state) return null;
      const period: unknown[] = [`${fromMonth}-01`, lastDayOf(toMonth)];
      const head = { fromMonth, toMonth, partnerId: null, figuresAsOf: state.refreshedAt };
      const dashboard = await readDashboard(<T>(sql: string, values = period) => rows<T>(sql, values), ROLLUP, head);
      // What the document asks for: the by-firm rows without a month, the by-month rows without a firm.
      const firmRows = dashboard.phaseOnTimeByPartner.map(({ month: _month, ...r }) => r);
      const monthRows = dashboard.phaseOnTimeByMonth.map(({ partnerId: _p, partnerName: _n, ...r }) => r);
      return { kpiDashboard: { ...dashboard, phaseOnTimeByPartner: firmRows, phaseOnTimeByMonth: monthRows } };
    },
  };
}
