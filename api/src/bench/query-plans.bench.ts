import { Client } from 'pg';
import { createApp } from '../bootstrap/create-app';
import { currentMonth } from '../capacity/month';
import { loadConfig } from '../config/app-config';
import { QueryCounter } from '../database/query-counter';
import { WorkloadClient } from '../scripts/workload/workload-client';
import { VENDOR_ADMIN_EMAIL } from '../scripts/seed-scale/firms.step';
import { personEmailOf } from '../scripts/seed-scale/scale-sql';
import { DEMO_PASSWORD } from '../seed/demo-program';
import type { BenchSuite } from './bench-suite';
import { portalDocument } from './portal-documents';
import { scaleData } from './scale-data';

/** A plan node of EXPLAIN (FORMAT JSON). */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** Tables this large must be reached through an index by a list request. */
const LARGE = 10_000;

/** The portal's list documents (those of `api/test/statement-count.e2e-spec.ts`), with what they need. */
const LISTS: {
  name: string;
  root?: string;
  as: 'vendor' | 'partner';
  vars?: (firm: string) => Record<string, unknown>;
}[] = [
  { name: 'Partners', as: 'vendor' },
  { name: 'Users', as: 'vendor' },
  { name: 'CustomersList', as: 'vendor' },
  { name: 'AutoAssignmentQueue', as: 'vendor' },
  { name: 'Assignments', as: 'vendor' },
  { name: 'PartnerAssignments', as: 'partner' },
  { name: 'BoardProjects', as: 'vendor' },
  { name: 'BoardProjects', as: 'partner' },
  { name: 'EscalationInbox', as: 'vendor' },
  { name: 'Meetings', as: 'vendor' },
  { name: 'Announcements', as: 'partner' },
  { name: 'Articles', as: 'partner' },
  { name: 'AuditLog', as: 'vendor' },
  { name: 'CapacityOfferHistory', as: 'vendor', vars: (partnerId) => ({ partnerId }) },
  { name: 'CapacityPlans', as: 'partner', vars: (partnerId) => ({ partnerId, months: 24 }) },
  { name: 'Consultants', as: 'vendor' },
  { name: 'ConfirmationQueue', as: 'vendor' },
  { name: 'TrainingMatrix', as: 'partner', vars: (partnerId) => ({ partnerId }) },
  { name: 'PartnerStatements', as: 'vendor', vars: () => ({ month: currentMonth() }) },
  { name: 'ActivationOutreach', as: 'vendor' },
  { name: 'TierReviews', as: 'vendor' },
  { name: 'TierStanding', root: 'partnerTierHistory', as: 'partner', vars: (partnerId) => ({ partnerId }) },
];

function walk(node: PlanNode, visit: (n: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export const queryPlansSuite: BenchSuite = {
  title: 'Query plans of the list requests on the scale data',
  async run(log) {
    const data = await scaleData(log);
    const app = await createApp({
      ...loadConfig({ BATON_QUIET: 'true' }),
      databaseUrl: data.full,
      webDistDir: '/nonexistent',
      countQueries: true,
      kpiRollupSeconds: 0,
    });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const db = new Client({ connectionString: data.full });
    await db.connect();
    try {
      const counter = app.get(QueryCounter);
      const sizes = new Map<string, number>(
        (await db.query(`SELECT relname, reltuples::bigint AS n FROM pg_class WHERE relkind = 'r'`)).rows.map((r) => [
          r.relname,
          Number(r.n),
        ]),
      );
      const vendor = new WorkloadClient(url, undefined, 300_000);
      await vendor.signIn(VENDOR_ADMIN_EMAIL, DEMO_PASSWORD);
      const partner = new WorkloadClient(url, undefined, 300_000);
      await partner.signIn(personEmailOf(1, 1), DEMO_PASSWORD);
      const [{ firm }] = (
        await db.query(`SELECT partner_id AS firm FROM "user" WHERE email = $1`, [personEmailOf(1, 1)])
      ).rows;

      const rows: string[][] = [];
      let largeSeqScans = 0;
      for (const list of LISTS) {
        const recorded: { query: string; parameters?: unknown }[] = [];
        counter.recorded = recorded;
        const client = list.as === 'vendor' ? vendor : partner;
        const res = await client.request(portalDocument(list.name, list.root), list.vars?.(firm) ?? {});
        counter.recorded = null;
        if (res.errors?.length) throw new Error(`${list.name}: ${res.errors[0].message}`);
        const selects = recorded.filter(
          (r) => /^\s*(SELECT|WITH)/i.test(r.query) && !/FROM "?session"? /.test(r.query),
        );
        const indexes = new Set<string>();
        const seqScans = new Set<string>();
        const countScans = new Set<string>();
        for (const { query, parameters } of selects) {
          const total = /^\s*SELECT COUNT\(/i.test(query);
          const [
            {
              'QUERY PLAN': [plan],
            },
          ] = (await db.query(`EXPLAIN (FORMAT JSON) ${query}`, (parameters as unknown[] | undefined) ?? [])).rows;
          walk(plan.Plan as PlanNode, (n) => {
            if (n['Index Name']) indexes.add(n['Index Name']);
            const table = n['Relation Name'];
            if (n['Node Type'] === 'Seq Scan' && table && (sizes.get(table) ?? 0) >= LARGE) {
              (total ? countScans : seqScans).add(table);
              if (total) return;
              log(`  ${table} read whole by: ${query.replace(/\s+/g, ' ').slice(0, 400)}`);
            }
          });
        }
        largeSeqScans += seqScans.size;
        log(
          `${list.name} (${list.as}): ${selects.length} selects, seq scans of large tables: ${[...seqScans].join(', ') || 'none'}`,
        );
        rows.push([
          `${list.name}${list.root ? ` (${list.root})` : ''}`,
          list.as === 'vendor' ? 'vendor admin' : 'partner admin',
          String(selects.length),
          seqScans.size ? [...seqScans].join(', ') : 'none',
          countScans.size ? [...countScans].join(', ') : '—',
          [...indexes].sort().join(', ') || '—',
        ]);
      }
      return {
        columns: [
          'Portal list request',
          'as',
          'SELECTs',
          `page: Seq Scan on a table ≥ ${LARGE.toLocaleString('en-US')} rows`,
          'total count reads whole',
          'indexes used',
        ],
        rows,
        notes: [
          `Each request as the portal sends it (its generated documents, first page), on the 100,000-account program; every SELECT it sent (the session lookup aside) is explained with its parameters (EXPLAIN, FORMAT JSON) as the owner, i.e. without the row-level-security policy a partner's transaction adds.`,
          `Seq scans of large tables by the statements that fetch a page or its nested rows: ${largeSeqScans} (goal 0). Small tables (tier definitions, settings, templates) are read whole by design.`,
          'An exact `totalItems` over a whole table (the vendor’s unfiltered lists) is a count that PostgreSQL answers by reading the table (or an index) whole: listed apart, in its own column.',
        ],
      };
    } finally {
      await db.end();
      await app.close();
      await data.release();
    }
  },
};
