import { Injectable } from '@nestjs/common';
import { registerEnumType } from '@nestjs/graphql';
import type { RequestContext } from '../common/context/request-context';
import { poolFor, type CapacityPlan } from '../capacity/capacity-plan.entity';
import { CapacityService } from '../capacity/capacity.service';
import type { CustomerAccount } from '../customers/customer-account.entity';
import { type Partner, PartnerStatus } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import type { Consultant } from '../training/consultant.entity';
import { CertificationsService } from '../training/certifications.service';
import { AssignmentSettingsService, weightsOf } from './assignment-settings.service';
import { Assignment } from './assignment.entity';
import { scopedQuery } from '../common/access/scoped-query';
import { type Fit, fitScore } from './fit-score';

export enum IneligibleReason {
  NOT_ACTIVE = 'NOT_ACTIVE',
  NO_CERTIFIED_CONSULTANT = 'NO_CERTIFIED_CONSULTANT',
  NO_CAPACITY = 'NO_CAPACITY',
}

export interface Candidate {
  partner: Partner;
  fit: Fit;
  /** The plan the customer would draw from, and its slots. */
  planId: string;
  offered: number;
  free: number;
  /** Consultants certified for every product bought, the least loaded first. */
  leads: Consultant[];
}

export interface Ineligible {
  partner: Partner;
  reasons: IneligibleReason[];
}

export interface Evaluation {
  customer: CustomerAccount;
  eligible: Candidate[];
  ineligible: Ineligible[];
}

/**
 * Which firms can take which customers in a month, and how well they fit. The same facts feed
 * the recommendations of one customer and the auto-assignment of a queue. A bounded number of
 * statements whatever the number of customers (one per distinct set of products bought).
 */
@Injectable()
export class CandidatesService {
  constructor(
    private readonly partners: PartnersService,
    private readonly capacity: CapacityService,
    private readonly certifications: CertificationsService,
    private readonly settings: AssignmentSettingsService,
  ) {}

  async evaluate(ctx: RequestContext, customers: CustomerAccount[], month: string): Promise<Evaluation[]> {
    const weights = weightsOf(await this.settings.get(ctx));
    const firms = await this.partners.withStatuses(ctx, [PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED]);
    const plansByFirm = group(await this.capacity.plansOfMonth(ctx, month), (p) => p.partnerId);
    const productSets = [...new Set(customers.map((c) => key(c.products)))];
    const certified = new Map<string, Map<string, Consultant[]>>();
    for (const set of productSets) certified.set(set, await this.certifications.certifiedForAll(ctx, set.split(',')));
    const allLeads = [...certified.values()].flatMap((m) => [...m.values()].flat().map((c) => c.id));
    const load = await this.leadLoad(ctx, [...new Set(allLeads)]);
    const byLoad = (a: Consultant, b: Consultant) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0);

    return customers.map((customer) => {
      const eligible: Candidate[] = [];
      const ineligible: Ineligible[] = [];
      const certifiedHere = certified.get(key(customer.products))!;
      for (const partner of firms) {
        const leads = [...(certifiedHere.get(partner.id) ?? [])].sort(byLoad);
        const pool = poolFor<CapacityPlan>(plansByFirm.get(partner.id) ?? [], lineOf(customer));
        const free = pool ? pool.slotsOffered - pool.slotsConsumed : 0;
        const reasons: IneligibleReason[] = [];
        if (partner.status !== PartnerStatus.ACTIVE) reasons.push(IneligibleReason.NOT_ACTIVE);
        if (leads.length === 0) reasons.push(IneligibleReason.NO_CERTIFIED_CONSULTANT);
        if (free <= 0) reasons.push(IneligibleReason.NO_CAPACITY);
        if (reasons.length > 0 || !pool) {
          ineligible.push({ partner, reasons });
          continue;
        }
        const fit = fitScore(weights, {
          customer,
          partner,
          certifiedConsultants: leads.length,
          offered: pool.slotsOffered,
          free,
        });
        eligible.push({ partner, fit, planId: pool.id, offered: pool.slotsOffered, free, leads });
      }
      eligible.sort((a, b) => b.fit.score - a.fit.score || a.partner.name.localeCompare(b.partner.name));
      return { customer, eligible, ineligible };
    });
  }

  /** The fit of one firm for one customer in a month, as recommended; null when it is not eligible. */
  async fitOf(
    ctx: RequestContext,
    customer: CustomerAccount,
    partnerId: string,
    month: string,
  ): Promise<number | null> {
    const [e] = await this.evaluate(ctx, [customer], month);
    return e.eligible.find((c) => c.partner.id === partnerId)?.fit.score ?? null;
  }

  /** Active assignments led by each consultant (to spread new ones). */
  private async leadLoad(ctx: RequestContext, consultantIds: string[]): Promise<Map<string, number>> {
    if (consultantIds.length === 0) return new Map();
    const rows = await scopedQuery(ctx, Assignment, 'a')
      .select('a.leadConsultantId', 'id')
      .addSelect('count(*)::int', 'count')
      .andWhere(`a.status = 'ACTIVE' AND a.leadConsultantId = ANY(:consultantIds)`, { consultantIds })
      .groupBy('a.leadConsultantId')
      .getRawMany<{ id: string; count: number }>();
    return new Map(rows.map((r) => [r.id, r.count]));
  }
}

/** The product line whose slots a customer uses: its main (first) product. */
export const lineOf = (customer: Pick<CustomerAccount, 'products'>) => customer.products[0];

const key = (products: string[]) => [...products].sort().join(',');

function group<T>(items: T[], by: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(by(item));
    if (list) list.push(item);
    else map.set(by(item), [item]);
  }
  return map;
}

registerEnumType(IneligibleReason, { name: 'IneligibleReason' });
