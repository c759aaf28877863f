import { Injectable } from '@nestjs/common';
import { scopedQuery } from '../common/access/scoped-query';
import type { RequestContext } from '../common/context/request-context';
import type { Page } from '../common/pagination';
import { escapeLike } from '../common/sql';
import { ApplicationScore, SELECTION_CRITERIA } from './application-score.entity';
import type { PartnerApplicationListArgs } from './dto/partner-application-list.args';
import { PartnerApplication } from './partner-application.entity';

/** Reading applications and their scorecards. Program-wide rows: the scoped helper refuses partner users. */
@Injectable()
export class ApplicationsService {
  async list(ctx: RequestContext, { filter, sort, skip, take }: PartnerApplicationListArgs) {
    const f = filter ?? {};
    const qb = scopedQuery(ctx, PartnerApplication, 'a');
    if (f.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: f.statuses });
    if (f.search?.trim()) {
      qb.andWhere(
        '(a.firmName ILIKE :search OR a.contactName ILIKE :search OR a.contactEmail ILIKE :search OR a.reference ILIKE :search)',
        { search: `%${escapeLike(f.search.trim())}%` },
      );
    }
    const direction = sort?.direction ?? 'DESC';
    qb.orderBy(`a.${sort?.field ?? 'createdAt'}`, direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('a.id', 'ASC')
      .skip(skip)
      .take(take);
    const [items, totalItems] = await qb.getManyAndCount();
    return { items, totalItems } satisfies Page<PartnerApplication>;
  }

  get(ctx: RequestContext, id: string): Promise<PartnerApplication | null> {
    return ctx
      .loader<PartnerApplication>('partnerApplication.byId', async (ids) => {
        const rows = await scopedQuery(ctx, PartnerApplication, 'a').andWhere('a.id IN (:...ids)', { ids }).getMany();
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(id);
  }

  /** The application that created a partner firm (`Partner.application`), batched over a page. */
  ofPartner(ctx: RequestContext, partnerId: string): Promise<PartnerApplication | null> {
    return ctx
      .loader<PartnerApplication>('partnerApplication.byPartnerId', async (ids) => {
        const rows = await scopedQuery(ctx, PartnerApplication, 'a')
          .andWhere('a.createdPartnerId IN (:...ids)', { ids })
          .getMany();
        return ids.map((id) => rows.find((r) => r.createdPartnerId === id) ?? null);
      })
      .load(partnerId);
  }

  /** The scores of an application in the criteria's order, batched over a page. */
  async scorecard(ctx: RequestContext, applicationId: string): Promise<ApplicationScore[]> {
    const scores = await ctx
      .loader<ApplicationScore[]>('partnerApplication.scorecard', async (ids) => {
        const rows = await scopedQuery(ctx, ApplicationScore, 's')
          .andWhere('s.applicationId IN (:...ids)', { ids })
          .getMany();
        return ids.map((id) => rows.filter((r) => r.applicationId === id));
      })
      .load(applicationId);
    return sortByCriterion(scores ?? []);
  }
}

export function sortByCriterion(scores: ApplicationScore[]): ApplicationScore[] {
  return [...scores].sort((a, b) => SELECTION_CRITERIA.indexOf(a.criterion) - SELECTION_CRITERIA.indexOf(b.criterion));
}
