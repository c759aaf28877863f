import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { escapeLike } from '../common/sql';
import { toCsv } from '../audit/csv';
import { CustomerAccount } from './customer-account.entity';
import { ExternalIdTakenError } from './customers.errors';
import type { CustomerInput } from './dto/customer.input';
import type { CustomerListArgs, CustomerQueryArgs } from './dto/customer-list.args';

export const CUSTOMERS_CSV_MAX_ROWS = 10_000;

/** Customer accounts and the queue of those no firm holds yet. */
@Injectable()
export class CustomersService {
  async list(ctx: RequestContext, args: CustomerListArgs): Promise<Page<CustomerAccount>> {
    const [items, totalItems] = await this.query(ctx, args).skip(args.skip).take(args.take).getManyAndCount();
    return { items, totalItems };
  }

  async csv(ctx: RequestContext, args: CustomerQueryArgs): Promise<string> {
    const rows = await this.query(ctx, args).take(CUSTOMERS_CSV_MAX_ROWS).getMany();
    return toCsv(
      [
        'external_id',
        'company_name',
        'industry',
        'employee_band',
        'prefecture',
        'products',
        'contract_date',
        'segment',
        'assigned',
      ],
      rows.map((c) => [
        c.externalId,
        c.companyName,
        c.industry,
        c.employeeBand,
        c.prefecture,
        c.products.join(';'),
        c.contractDate,
        c.segment,
        c.partnerId ? 'yes' : 'no',
      ]),
    );
  }

  get(ctx: RequestContext, id: string): Promise<CustomerAccount | null> {
    return ctx
      .loader<CustomerAccount>('customer.byId', async (ids) => {
        const rows = await scopedQuery(ctx, CustomerAccount, 'c').andWhere('c.id IN (:...ids)', { ids }).getMany();
        const map = new Map(rows.map((c) => [c.id, c]));
        return ids.map((id) => map.get(id) ?? null);
      })
      .load(id);
  }

  /** Customer ids by CRM id and by id, among those the caller may see (usage imports and reports). */
  async resolveIds(
    ctx: RequestContext,
    ref: { externalIds: string[]; ids: string[] },
  ): Promise<{ byExternalId: Map<string, string>; known: Set<string> }> {
    if (ref.externalIds.length === 0 && ref.ids.length === 0) return { byExternalId: new Map(), known: new Set() };
    const rows = await scopedQuery(ctx, CustomerAccount, 'c')
      .select(['c.id', 'c.externalId'])
      .andWhere('(c.externalId = ANY(:externalIds) OR c.id = ANY(CAST(:ids AS uuid[])))', {
        externalIds: ref.externalIds,
        ids: ref.ids,
      })
      .getMany();
    return {
      byExternalId: new Map(rows.filter((c) => c.externalId).map((c) => [c.externalId!, c.id])),
      known: new Set(rows.map((c) => c.id)),
    };
  }

  /** The queue (no firm holds them), in contract order; `ids` narrows it to a selection. */
  async queue(ctx: RequestContext, limit: number, ids?: string[]): Promise<CustomerAccount[]> {
    if (ids?.length === 0) return [];
    const qb = scopedQuery(ctx, CustomerAccount, 'c').andWhere('c.partnerId IS NULL');
    if (ids) qb.andWhere('c.id = ANY(:ids)', { ids });
    return qb.orderBy('c.contractDate', 'ASC').addOrderBy('c.id', 'ASC').take(limit).getMany();
  }

  async create(ctx: RequestContext, input: CustomerInput): Promise<CustomerAccount | ExternalIdTakenError> {
    const externalId = input.externalId || null;
    if (externalId && (await this.externalIdTaken(ctx, externalId))) return new ExternalIdTakenError(ctx, externalId);
    const repo = ctx.manager.getRepository(CustomerAccount);
    const saved = await repo.save(repo.create({ ...input, externalId, partnerId: null }));
    ctx.audit({ action: 'customer.create', entityType: 'CustomerAccount', entityId: saved.id, after: snapshot(saved) });
    return saved;
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: CustomerInput,
  ): Promise<CustomerAccount | NotFoundError | ExternalIdTakenError> {
    const customer = await this.get(ctx, id);
    if (!customer) return new NotFoundError(ctx, 'customer');
    const externalId = input.externalId || null;
    if (externalId && externalId !== customer.externalId && (await this.externalIdTaken(ctx, externalId)))
      return new ExternalIdTakenError(ctx, externalId);
    const before = snapshot(customer);
    Object.assign(customer, { ...input, externalId });
    const saved = await ctx.manager.getRepository(CustomerAccount).save(customer);
    ctx.audit({
      action: 'customer.update',
      entityType: 'CustomerAccount',
      entityId: id,
      before,
      after: snapshot(saved),
    });
    return saved;
  }

  /**
   * Hands a queued customer to a firm. A conditional update: of two concurrent claims one wins,
   * the other gets false. Writes no audit entry (the assignment does).
   */
  async claim(ctx: RequestContext, customerId: string, partnerId: string): Promise<boolean> {
    const result = await ctx.manager
      .createQueryBuilder()
      .update(CustomerAccount)
      .set({ partnerId })
      .where('id = :customerId AND partner_id IS NULL', { customerId })
      .execute();
    return result.affected === 1;
  }

  /**
   * Puts a customer back in the queue (cancelled, declined, or moving to another firm). A firm's
   * transaction cannot hand a row to no firm under row-level security: the database function does.
   */
  async release(ctx: RequestContext, customerId: string): Promise<void> {
    await ctx.manager.query(`SELECT release_customer($1)`, [customerId]);
  }

  /**
   * Unassigned customers per contract month over `months` (YYYY-MM, ascending): the month's
   * demand. Customers whose contract is older than the first month count in the first (backlog).
   */
  async demandByMonth(ctx: RequestContext, months: string[]): Promise<Map<string, number>> {
    const rows = await scopedQuery(ctx, CustomerAccount, 'c')
      .select(`greatest(to_char(c.contractDate, 'YYYY-MM'), :first)`, 'month')
      .addSelect('count(*)::int', 'count')
      .andWhere('c.partnerId IS NULL')
      .setParameter('first', months[0])
      .groupBy('1')
      .getRawMany<{ month: string; count: number }>();
    return new Map(months.map((m) => [m, rows.find((r) => r.month === m)?.count ?? 0]));
  }

  private externalIdTaken(ctx: RequestContext, externalId: string): Promise<boolean> {
    return ctx.manager.getRepository(CustomerAccount).existsBy({ externalId });
  }

  private query(ctx: RequestContext, args: CustomerQueryArgs): SelectQueryBuilder<CustomerAccount> {
    const qb = scopedQuery(ctx, CustomerAccount, 'c');
    const f = args.filter ?? {};
    if (f.search)
      qb.andWhere('(c.companyName ILIKE :search OR c.externalId ILIKE :search)', {
        search: `%${escapeLike(f.search.trim())}%`,
      });
    if (f.assigned === true) qb.andWhere('c.partnerId IS NOT NULL');
    if (f.assigned === false) qb.andWhere('c.partnerId IS NULL');
    if (f.industry) qb.andWhere('c.industry = :industry', { industry: f.industry });
    if (f.prefecture) qb.andWhere('c.prefecture = :prefecture', { prefecture: f.prefecture });
    if (f.segment) qb.andWhere('c.segment = :segment', { segment: f.segment });
    if (f.employeeBand) qb.andWhere('c.employeeBand = :band', { band: f.employeeBand });
    if (f.product) qb.andWhere(':product = ANY(c.products)', { product: f.product });
    if (f.contractFrom) qb.andWhere('c.contractDate >= :from', { from: f.contractFrom });
    if (f.contractTo) qb.andWhere('c.contractDate <= :to', { to: f.contractTo });
    const sort = args.sort ?? { field: 'contractDate', direction: 'ASC' };
    return qb.orderBy(`c.${sort.field}`, sort.direction).addOrderBy('c.id', 'ASC');
  }
}

export function snapshot(c: CustomerAccount) {
  return {
    externalId: c.externalId,
    companyName: c.companyName,
    industry: c.industry,
    employeeBand: c.employeeBand,
    prefecture: c.prefecture,
    products: c.products,
    contractDate: c.contractDate,
    segment: c.segment,
  };
}
