import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Role } from '@baton/shared';
import { Allow, PROGRAM_READERS, VENDOR } from '../common/access/allow.decorator';
import { Clock } from '../common/clock';
import { Ctx } from '../common/context/ctx.decorator';
import type { RequestContext } from '../common/context/request-context';
import { resultUnion } from '../common/errors/error-result';
import { NotFoundError } from '../common/errors/not-found.error';
import { Paginated } from '../common/paginated';
import { MonthInPastError } from '../capacity/capacity.errors';
import { toMonth } from '../capacity/month';
import { CustomerAccount } from '../customers/customer-account.entity';
import { CustomersService } from '../customers/customers.service';
import { Partner } from '../partners/partner.entity';
import { PartnersService } from '../partners/partners.service';
import { Consultant } from '../training/consultant.entity';
import { ConsultantsService } from '../training/consultants.service';
import { Assignment, AssignmentStatus } from './assignment.entity';
import { AssignmentLifecycleService } from './assignment-lifecycle.service';
import { AssignmentSettings } from './assignment-settings.entity';
import { AssignmentSettingsService } from './assignment-settings.service';
import {
  AssignmentAlreadyAcceptedError,
  AssignmentNotActiveError,
  CapacityFullError,
  ConsultantNotCertifiedError,
  ConsultantNotInFirmError,
  CustomerAlreadyAssignedError,
  DeclineWindowClosedError,
  PartnerNotActiveError,
} from './assignments.errors';
import { AssignmentsService } from './assignments.service';
import { AssignCustomerInput, AssignmentIdInput, EndAssignmentInput, ReassignInput } from './dto/assign-customer.input';
import { AssignmentListArgs } from './dto/assignment-list.args';
import { UpdateAssignmentSettingsInput } from './dto/matching.args';

@ObjectType()
class AssignmentList extends Paginated(Assignment, 'Assignment') {}

const placeErrors = [
  NotFoundError,
  MonthInPastError,
  PartnerNotActiveError,
  ConsultantNotInFirmError,
  ConsultantNotCertifiedError,
  CustomerAlreadyAssignedError,
  CapacityFullError,
] as const;

const AssignCustomerResult = resultUnion('AssignCustomerResult', () => [Assignment, ...placeErrors] as const);
const ReassignResult = resultUnion(
  'ReassignResult',
  () => [Assignment, ...placeErrors, AssignmentNotActiveError] as const,
);
const EndAssignmentResult = resultUnion(
  'EndAssignmentResult',
  () => [Assignment, NotFoundError, AssignmentNotActiveError] as const,
);
const RespondToAssignmentResult = resultUnion(
  'RespondToAssignmentResult',
  () =>
    [
      Assignment,
      NotFoundError,
      AssignmentNotActiveError,
      AssignmentAlreadyAcceptedError,
      DeclineWindowClosedError,
    ] as const,
);

const READERS = [...PROGRAM_READERS, Role.PARTNER_ADMIN];

@Resolver(() => Assignment)
export class AssignmentsResolver {
  constructor(
    private readonly service: AssignmentsService,
    private readonly lifecycle: AssignmentLifecycleService,
    private readonly settings: AssignmentSettingsService,
    private readonly customers: CustomersService,
    private readonly partners: PartnersService,
    private readonly consultants: ConsultantsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => AssignmentList, { description: 'Assignments, newest first; a partner admin: its own firm’s.' })
  @Allow(...READERS)
  assignments(@Ctx() ctx: RequestContext, @Args() args: AssignmentListArgs) {
    return this.service.list(ctx, args);
  }

  @Query(() => AssignmentSettings, { description: 'Recommendation weights and the decline window.' })
  @Allow(...READERS)
  assignmentSettings(@Ctx() ctx: RequestContext) {
    return this.settings.get(ctx);
  }

  @Mutation(() => AssignCustomerResult, { description: 'Gives a queued customer to a firm for a month’s slot.' })
  @Allow(...VENDOR)
  assignCustomer(@Ctx() ctx: RequestContext, @Args('input') input: AssignCustomerInput) {
    return this.service.assign(ctx, input);
  }

  @Mutation(() => EndAssignmentResult, {
    description: 'Cancels an active assignment with a reason; the slot is freed.',
  })
  @Allow(...VENDOR)
  cancelAssignment(@Ctx() ctx: RequestContext, @Args('input') input: EndAssignmentInput) {
    return this.lifecycle.cancel(ctx, input);
  }

  @Mutation(() => ReassignResult, { description: 'Moves an active assignment to another firm, month or lead.' })
  @Allow(...VENDOR)
  reassignAssignment(@Ctx() ctx: RequestContext, @Args('input') input: ReassignInput) {
    return this.lifecycle.reassign(ctx, input);
  }

  @Mutation(() => RespondToAssignmentResult, { description: 'The firm takes on an incoming assignment.' })
  @Allow(Role.PARTNER_ADMIN)
  acceptAssignment(@Ctx() ctx: RequestContext, @Args('input') input: AssignmentIdInput) {
    return this.lifecycle.accept(ctx, input.assignmentId);
  }

  @Mutation(() => RespondToAssignmentResult, {
    description: 'The firm turns an incoming assignment down within the decline window; the customer is queued again.',
  })
  @Allow(Role.PARTNER_ADMIN)
  declineAssignment(@Ctx() ctx: RequestContext, @Args('input') input: EndAssignmentInput) {
    return this.lifecycle.decline(ctx, input);
  }

  @Mutation(() => AssignmentSettings)
  @Allow(Role.VENDOR_ADMIN)
  updateAssignmentSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateAssignmentSettingsInput) {
    return this.settings.update(ctx, input);
  }

  @ResolveField(() => String, { description: 'YYYY-MM' })
  @Allow(...READERS)
  month(@Parent() a: Assignment) {
    return toMonth(a.month);
  }

  @ResolveField(() => Boolean, { description: 'Active, not yet accepted, and within the decline window.' })
  @Allow(...READERS)
  declinable(@Parent() a: Assignment) {
    return a.status === AssignmentStatus.ACTIVE && !a.acceptedAt && a.declineBy.getTime() >= this.clock.now().getTime();
  }

  @ResolveField(() => CustomerAccount, {
    nullable: true,
    description: 'Null for a firm once the customer left it (declined, cancelled, moved).',
  })
  @Allow(...READERS)
  customer(@Ctx() ctx: RequestContext, @Parent() a: Assignment) {
    return this.customers.get(ctx, a.customerId);
  }

  @ResolveField(() => Partner, { nullable: true })
  @Allow(...READERS)
  partner(@Ctx() ctx: RequestContext, @Parent() a: Assignment) {
    return this.partners.get(ctx, a.partnerId);
  }

  @ResolveField(() => Consultant, { nullable: true })
  @Allow(...READERS)
  leadConsultant(@Ctx() ctx: RequestContext, @Parent() a: Assignment) {
    return this.consultants.get(ctx, a.leadConsultantId);
  }
}

@Resolver(() => CustomerAccount)
export class CustomerAssignmentsResolver {
  constructor(private readonly service: AssignmentsService) {}

  @ResolveField(() => [Assignment], { description: 'The customer’s assignments, newest first (batched).' })
  @Allow(...READERS)
  assignments(@Ctx() ctx: RequestContext, @Parent() customer: CustomerAccount) {
    return this.service.historyOf(ctx, customer.id);
  }
}
