import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { type UsageMetrics, UsageSnapshot, type UsageSource } from './usage-snapshot.entity';

export interface SnapshotRow {
  customerId: string;
  takenOn: string;
  utilization: number;
  metrics: UsageMetrics | null;
}

const CHUNK = 1000;

/** The store of usage snapshots: upsert by (customer, day), read per customer (batched). */
@Injectable()
export class UsageSnapshotsService {
  /** Writes the rows in the caller's transaction; a day already reported is replaced. Answers how many were new. */
  async upsert(
    ctx: RequestContext,
    rows: SnapshotRow[],
    source: UsageSource,
  ): Promise<{ created: number; updated: number }> {
    let created = 0;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const result: { inserted: boolean }[] = await ctx.manager
        .createQueryBuilder()
        .insert()
        .into(UsageSnapshot)
        .values(rows.slice(i, i + CHUNK).map((r) => ({ ...r, source })))
        .orUpdate(['utilization', 'metrics', 'source'], ['customer_id', 'taken_on'])
        .returning('(xmax = 0) AS inserted')
        .execute()
        .then((r) => r.raw);
      created += result.filter((r) => r.inserted).length;
    }
    return { created, updated: rows.length - created };
  }

  /**
   * A customer's snapshots, oldest first; one statement per request for all customers asked. Usage is
   * program-wide: callers pass the customer of a project they loaded through `ProjectsService` (so a
   * partner user only ever reaches its own firm's customers).
   */
  ofCustomer(ctx: RequestContext, customerId: string): Promise<UsageSnapshot[]> {
    return ctx
      .loader<UsageSnapshot[]>('usage.byCustomer', async (ids) => {
        const rows = await ctx.manager
          .getRepository(UsageSnapshot)
          .createQueryBuilder('u')
          .where('u.customerId IN (:...ids)', { ids })
          .orderBy('u.takenOn', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.customerId === id));
      })
      .load(customerId) as Promise<UsageSnapshot[]>;
  }

  /** The existing (customer, day) pairs among `rows`, as `customerId/takenOn` keys. */
  async existing(ctx: RequestContext, rows: { customerId: string; takenOn: string }[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const found: { customer_id: string; taken_on: string }[] = await ctx.manager.query(
      `SELECT u.customer_id, to_char(u.taken_on, 'YYYY-MM-DD') AS taken_on
         FROM usage_snapshot u
         JOIN unnest($1::uuid[], $2::date[]) AS r(customer_id, taken_on)
           ON r.customer_id = u.customer_id AND r.taken_on = u.taken_on`,
      [rows.map((r) => r.customerId), rows.map((r) => r.takenOn)],
    );
    return new Set(found.map((f) => `${f.customer_id}/${f.taken_on}`));
  }
}
