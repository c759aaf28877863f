import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/context/request-context';
import { scopedQuery } from '../common/access/scoped-query';
import { NotFoundError } from '../common/errors/not-found.error';
import type { Page } from '../common/pagination';
import { MonthInPastError } from '../capacity/capacity.errors';
import { CapacityService } from '../capacity/capacity.service';
import { currentMonth, toDate } from '../capacity/month';
import { CustomersService } from '../customers/customers.service';
import { PartnerStatus } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { CertificationsService } from '../training/certifications.service';
import { ConsultantsService } from '../training/consultants.service';
import { Assignment, AssignmentSource, AssignmentStatus } from './assignment.entity';
import { AssignmentSettingsService } from './assignment-settings.service';
import { CandidatesService, lineOf } from './candidates.service';
import {
  CapacityFullError,
  ConsultantNotCertifiedError,
  ConsultantNotInFirmError,
  CustomerAlreadyAssignedError,
  PartnerNotActiveError,
} from './assignments.errors';
import type { AssignCustomerInput } from './dto/assign-customer.input';
import type { AssignmentListArgs } from './dto/assignment-list.args';

const DAY_MS = 86_400_000;

export interface Placement {
  customerId: string;
  partnerId: string;
  month: string;
  leadConsultantId: string;
}

export type PlaceResult =
  | Assignment
  | NotFoundError
  | MonthInPastError
  | PartnerNotActiveError
  | ConsultantNotInFirmError
  | ConsultantNotCertifiedError
  | CustomerAlreadyAssignedError
  | CapacityFullError;

/** Giving customers to firms, one slot of a month each; the rules every placement obeys. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly customers: CustomersService,
    private readonly partners: PartnersService,
    private readonly consultants: ConsultantsService,
    private readonly certifications: CertificationsService,
    private readonly capacity: CapacityService,
    private readonly settings: AssignmentSettingsService,
    private readonly candidates: CandidatesService,
    private readonly clock: Clock,
  ) {}

  /** Vendor staff assign one customer (one audit entry). */
  async assign(ctx: RequestContext, input: AssignCustomerInput): Promise<PlaceResult> {
    const placed = await this.place(ctx, input, AssignmentSource.MANUAL, await this.fitOf(ctx, input));
    if (placed instanceof Assignment)
      ctx.audit({ action: 'assignment.assign', entityType: 'Assignment', entityId: placed.id, after: facts(placed) });
    return placed;
  }

  /**
   * Checks and records one placement without an audit entry (the calling mutation writes it):
   * the firm is active, the lead is its active consultant certified for every product bought,
   * the customer is still queued, and a slot of the month is free. The customer and the slot are
   * taken with conditional updates, so concurrent placements cannot both win either.
   */
  async place(ctx: RequestContext, p: Placement, source: AssignmentSource, fit: number | null): Promise<PlaceResult> {
    const [customer, partner, lead] = await Promise.all([
      this.customers.get(ctx, p.customerId),
      this.partners.get(ctx, p.partnerId),
      this.consultants.get(ctx, p.leadConsultantId),
    ]);
    if (!customer) return new NotFoundError(ctx, 'customer');
    if (!partner) return new NotFoundError(ctx, 'partner');
    if (p.month < currentMonth(this.clock.now())) return new MonthInPastError(ctx, p.month);
    if (partner.status !== PartnerStatus.ACTIVE) return new PartnerNotActiveError(ctx, partner.name);
    if (!lead || lead.partnerId !== partner.id || !lead.active) return new ConsultantNotInFirmError(ctx);
    for (const area of customer.products) {
      if (!(await this.certifications.isCertified(ctx, lead.id, area)))
        return new ConsultantNotCertifiedError(ctx, lead.displayName, area);
    }
    if (customer.partnerId || !(await this.customers.claim(ctx, customer.id, partner.id)))
      return new CustomerAlreadyAssignedError(ctx, customer.companyName);
    customer.partnerId = partner.id; // the request's cached copy answers fields of the result
    const planId = await this.capacity.consume(ctx, partner.id, p.month, lineOf(customer));
    if (!planId) return new CapacityFullError(ctx, partner.name, p.month);
    const { declineWindowDays } = await this.settings.get(ctx);
    const repo = ctx.manager.getRepository(Assignment);
    return repo.save(
      repo.create({
        customerId: customer.id,
        partnerId: partner.id,
        leadConsultantId: lead.id,
        month: toDate(p.month),
        capacityPlanId: planId,
        status: AssignmentStatus.ACTIVE,
        source,
        fit,
        assignedByEmail: ctx.user?.email ?? null,
        declineBy: new Date(this.clock.now().getTime() + declineWindowDays * DAY_MS),
      }),
    );
  }

  /** The recommended fit of the placement, recorded with it (null when the firm is not eligible). */
  async fitOf(ctx: RequestContext, p: Placement): Promise<number | null> {
    const customer = await this.customers.get(ctx, p.customerId);
    return customer ? this.candidates.fitOf(ctx, customer, p.partnerId, p.month) : null;
  }

  /** Ends an active assignment: frees its slot and puts the customer back in the queue. */
  async end(ctx: RequestContext, assignment: Assignment, status: AssignmentStatus, reason: string): Promise<void> {
    await this.capacity.release(ctx, assignment.capacityPlanId);
    await this.customers.release(ctx, assignment.customerId);
    Object.assign(assignment, {
      status,
      endReason: reason,
      endedAt: this.clock.now(),
      endedByEmail: ctx.user?.email ?? null,
    });
    await ctx.manager.getRepository(Assignment).save(assignment);
  }

  /** One assignment the caller may see, locked for the change that follows. */
  forUpdate(ctx: RequestContext, id: string): Promise<Assignment | null> {
    return scopedQuery(ctx, Assignment, 'a').andWhere('a.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async list(ctx: RequestContext, args: AssignmentListArgs): Promise<Page<Assignment>> {
    const qb = scopedQuery(ctx, Assignment, 'a');
    const f = args.filter ?? {};
    if (f.statuses?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: f.statuses });
    if (f.partnerId) qb.andWhere('a.partnerId = :partnerId', { partnerId: f.partnerId });
    if (f.customerId) qb.andWhere('a.customerId = :customerId', { customerId: f.customerId });
    if (f.month) qb.andWhere('a.month = :month', { month: toDate(f.month) });
    if (f.incoming === true) qb.andWhere(`a.status = 'ACTIVE' AND a.acceptedAt IS NULL`);
    if (f.incoming === false) qb.andWhere(`NOT (a.status = 'ACTIVE' AND a.acceptedAt IS NULL)`);
    const sort = args.sort ?? { field: 'assignedAt', direction: 'DESC' };
    const [items, totalItems] = await qb
      .orderBy(`a.${sort.field}`, sort.direction)
      .addOrderBy('a.assignedAt', 'DESC')
      .addOrderBy('a.id', 'ASC')
      .skip(args.skip)
      .take(args.take)
      .getManyAndCount();
    return { items, totalItems };
  }

  /** A customer's assignments, newest first, batched over a page of customers. */
  historyOf(ctx: RequestContext, customerId: string): Promise<Assignment[]> {
    return ctx
      .loader<Assignment[]>('assignment.byCustomer', async (ids) => {
        const rows = await scopedQuery(ctx, Assignment, 'a')
          .andWhere('a.customerId IN (:...ids)', { ids })
          .orderBy('a.assignedAt', 'DESC')
          .addOrderBy('a.id', 'ASC')
          .getMany();
        return ids.map((id) => rows.filter((r) => r.customerId === id));
      })
      .load(customerId) as Promise<Assignment[]>;
  }
}

export function facts(a: Assignment): Record<string, unknown> {
  return {
    customerId: a.customerId,
    partnerId: a.partnerId,
    leadConsultantId: a.leadConsultantId,
    month: a.month.slice(0, 7),
    status: a.status,
    source: a.source,
    ...(a.endReason ? { reason: a.endReason } : {}),
  };
}
