import { Injectable } from '@nestjs/common';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import type { Page } from '../common/pagination';
import { escapeLike } from '../common/sql';
import { toCsv } from '../audit/csv';
import type { PartnerListArgs, PartnerQueryArgs } from './dto/partner-list.args';
import { Partner, type PartnerStatus } from './partner.entity';
import { PartnerStatusChange } from './partner-status-change.entity';

export const PARTNERS_CSV_MAX_ROWS = 10_000;

/** Reading partner firms. Every read goes through the scoped helper: a partner user sees its own firm only. */
@Injectable()
export class PartnersService {
  async list(ctx: RequestContext, args: PartnerListArgs): Promise<Page<Partner>> {
    const [items, totalItems] = await this.query(ctx, args).skip(args.skip).take(args.take).getManyAndCount();
    return { items, totalItems };
  }

  async csv(ctx: RequestContext, args: PartnerQueryArgs): Promise<string> {
    const rows = await this.query(ctx, args).take(PARTNERS_CSV_MAX_ROWS).getMany();
    const list = (v: string[]) => v.join(' ');
    return toCsv(
      [
        'name',
        'kind',
        'status',
        'tier',
        'headcountAtStart',
        'industries',
        'productModules',
        'regions',
        'languages',
        'customerSizeBands',
        'contactEmail',
        'createdAt',
      ],
      rows.map((p) => [
        p.name,
        p.kind,
        p.status,
        p.tier,
        p.headcountAtStart,
        list(p.industries),
        list(p.productModules),
        list(p.regions),
        list(p.languages),
        list(p.customerSizeBands),
        p.contactEmail,
        p.createdAt.toISOString(),
      ]),
    );
  }

  /** Every firm (the caller may see) in one of these statuses, by name: for matching and calendars. */
  withStatuses(ctx: RequestContext, statuses: PartnerStatus[]): Promise<Partner[]> {
    return scopedQuery(ctx, Partner, 'p')
      .andWhere('p.status IN (:...statuses)', { statuses })
      .orderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(PARTNERS_CSV_MAX_ROWS)
      .getMany();
  }

  /** Ids of the firms (the caller may see) holding one of these tiers. */
  async idsWithTiers(ctx: RequestContext, tiers: number[]): Promise<string[]> {
    const rows = await scopedQuery(ctx, Partner, 'p')
      .select('p.id')
      .andWhere('p.tier IN (:...tiers)', { tiers })
      .getMany();
    return rows.map((p) => p.id);
  }

  /** Sets a firm's current tier (a finalized tier review does, through the tiers context). */
  async setTier(ctx: RequestContext, partnerId: string, tier: number): Promise<void> {
    await ctx.manager.getRepository(Partner).update({ id: partnerId }, { tier });
  }

  get(ctx: RequestContext, id: string): Promise<Partner | null> {
    return this.byId(ctx).load(id);
  }

  async exists(ctx: RequestContext, id: string): Promise<boolean> {
    return (await this.get(ctx, id)) !== null;
  }

  /** Batched by id for nested fields (`User.partner`): one statement per request. */
  byId(ctx: RequestContext) {
    return ctx.loader<Partner>('partner.byId', async (ids) => {
      const rows = await scopedQuery(ctx, Partner, 'p').andWhere('p.id IN (:...ids)', { ids }).getMany();
      const map = new Map(rows.map((p) => [p.id, p]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** The status history of each partner of a page, newest first, in one statement. */
  statusHistory(ctx: RequestContext, partnerId: string): Promise<PartnerStatusChange[]> {
    return ctx
      .loader<PartnerStatusChange[]>('partner.statusHistory', async (ids) => {
        const rows = await scopedQuery(ctx, PartnerStatusChange, 'c')
          .andWhere('c.partnerId IN (:...ids)', { ids })
          .orderBy('c.at', 'DESC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.partnerId === id));
      })
      .load(partnerId) as Promise<PartnerStatusChange[]>;
  }

  private query(ctx: RequestContext, { filter, sort }: PartnerQueryArgs): SelectQueryBuilder<Partner> {
    const f = filter ?? {};
    const qb = scopedQuery(ctx, Partner, 'p');
    if (f.search) qb.andWhere('p.name ILIKE :search', { search: `%${escapeLike(f.search.trim())}%` });
    if (f.kinds?.length) qb.andWhere('p.kind IN (:...kinds)', { kinds: f.kinds });
    if (f.statuses?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: f.statuses });
    if (f.tiers?.length) qb.andWhere('p.tier IN (:...tiers)', { tiers: f.tiers });
    if (f.region) qb.andWhere(':region = ANY(p.regions)', { region: f.region });
    if (f.industry) qb.andWhere(':industry = ANY(p.industries)', { industry: f.industry });
    if (f.productModule) qb.andWhere(':productModule = ANY(p.productModules)', { productModule: f.productModule });
    if (f.language) qb.andWhere(':language = ANY(p.languages)', { language: f.language });
    const direction = sort?.direction ?? 'ASC';
    return qb
      .orderBy(`p.${sort?.field ?? 'name'}`, direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('p.id', 'ASC');
  }
}
