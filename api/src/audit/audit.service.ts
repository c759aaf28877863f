import { Injectable } from '@nestjs/common';
import type { AuditRecord, RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import type { Page } from '../common/pagination';
import { escapeLike } from '../common/sql';
import { AuditLogEntry } from './audit-log-entry.entity';
import type { AuditLogFilter } from './dto/audit-log-filter.input';
import { toCsv } from './csv';

export const AUDIT_CSV_MAX_ROWS = 10_000;

@Injectable()
export class AuditService {
  /** Writes the mutation's entry inside its transaction: it commits or rolls back with the change. */
  async write(ctx: RequestContext, record: AuditRecord): Promise<void> {
    const actor = record.actor ?? ctx.user;
    await ctx.manager.getRepository(AuditLogEntry).insert({
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      actorRole: actor?.role ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: (record.before ?? null) as object,
      after: (record.after ?? null) as object,
      requestId: ctx.requestId,
    });
  }

  async list(ctx: RequestContext, filter?: AuditLogFilter | null, skip = 0, take = 50): Promise<Page<AuditLogEntry>> {
    const [items, totalItems] = await this.filtered(ctx, filter).skip(skip).take(take).getManyAndCount();
    return { items, totalItems };
  }

  async csv(ctx: RequestContext, filter?: AuditLogFilter | null): Promise<string> {
    const rows = await this.filtered(ctx, filter).take(AUDIT_CSV_MAX_ROWS).getMany();
    return toCsv(
      ['at', 'actorEmail', 'actorRole', 'action', 'entityType', 'entityId', 'before', 'after', 'requestId'],
      rows.map((r) => [
        r.at.toISOString(),
        r.actorEmail,
        r.actorRole,
        r.action,
        r.entityType,
        r.entityId,
        r.before == null ? '' : JSON.stringify(r.before),
        r.after == null ? '' : JSON.stringify(r.after),
        r.requestId,
      ]),
    );
  }

  /** An explicit `filter: null` (GraphQL allows it) filters nothing, like a missing one. */
  private filtered(ctx: RequestContext, filter?: AuditLogFilter | null) {
    const f = filter ?? {};
    const qb = scopedQuery(ctx, AuditLogEntry, 'e').orderBy('e.at', 'DESC').addOrderBy('e.id', 'DESC');
    if (f.actorId) qb.andWhere('e.actorId = :actorId', { actorId: f.actorId });
    if (f.actorEmail) qb.andWhere('e.actorEmail ILIKE :actorEmail', { actorEmail: `%${escapeLike(f.actorEmail)}%` });
    if (f.entityType) qb.andWhere('e.entityType = :entityType', { entityType: f.entityType });
    if (f.entityId) qb.andWhere('e.entityId = :entityId', { entityId: f.entityId });
    if (f.action) qb.andWhere('e.action ILIKE :action', { action: `%${escapeLike(f.action)}%` });
    if (f.from) qb.andWhere('e.at >= :from', { from: f.from });
    if (f.to) qb.andWhere('e.at < :to', { to: f.to });
    return qb;
  }
}
