import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import { Clock } from '../common/clock';
import { ProjectsService } from '../onboarding/projects.service';
import { Assignment, AssignmentSource, AssignmentStatus } from './assignment.entity';
import {
  AssignmentAlreadyAcceptedError,
  AssignmentNotActiveError,
  DeclineWindowClosedError,
} from './assignments.errors';
import { AssignmentsService, facts, type PlaceResult } from './assignments.service';
import type { EndAssignmentInput, ReassignInput } from './dto/assign-customer.input';

type NotChangeable = NotFoundError | AssignmentNotActiveError;

/** What happens to an assignment after it is made: cancel, reassign (vendor), accept (opens its onboarding project), decline (firm). */
@Injectable()
export class AssignmentLifecycleService {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly projects: ProjectsService,
    private readonly clock: Clock,
  ) {}

  async cancel(ctx: RequestContext, input: EndAssignmentInput): Promise<Assignment | NotChangeable> {
    const a = await this.active(ctx, input.assignmentId);
    if (!(a instanceof Assignment)) return a;
    await this.assignments.end(ctx, a, AssignmentStatus.CANCELLED, input.reason);
    ctx.audit({ action: 'assignment.cancel', entityType: 'Assignment', entityId: a.id, after: facts(a) });
    return a;
  }

  /** Frees the old slot, then places the customer anew; any refusal of the new placement undoes both. */
  async reassign(ctx: RequestContext, input: ReassignInput): Promise<PlaceResult | NotChangeable> {
    const old = await this.active(ctx, input.assignmentId);
    if (!(old instanceof Assignment)) return old;
    await this.assignments.end(ctx, old, AssignmentStatus.REASSIGNED, input.reason);
    const next = {
      customerId: old.customerId,
      partnerId: input.partnerId,
      month: input.month,
      leadConsultantId: input.leadConsultantId,
    };
    const placed = await this.assignments.place(
      ctx,
      next,
      AssignmentSource.MANUAL,
      await this.assignments.fitOf(ctx, next),
    );
    if (!(placed instanceof Assignment)) return placed;
    old.replacedById = placed.id;
    await ctx.manager.getRepository(Assignment).save(old);
    ctx.audit({
      action: 'assignment.reassign',
      entityType: 'Assignment',
      entityId: placed.id,
      before: facts(old),
      after: facts(placed),
    });
    return placed;
  }

  async accept(ctx: RequestContext, id: string): Promise<Assignment | NotChangeable | AssignmentAlreadyAcceptedError> {
    const a = await this.active(ctx, id);
    if (!(a instanceof Assignment)) return a;
    if (a.acceptedAt) return new AssignmentAlreadyAcceptedError(ctx);
    a.acceptedAt = this.clock.now();
    a.acceptedByEmail = ctx.user?.email ?? null;
    await ctx.manager.getRepository(Assignment).save(a);
    // The onboarding starts with the acceptance.
    await this.projects.open(ctx, {
      assignmentId: a.id,
      customerId: a.customerId,
      partnerId: a.partnerId,
      leadConsultantId: a.leadConsultantId,
    });
    ctx.audit({ action: 'assignment.accept', entityType: 'Assignment', entityId: a.id, after: facts(a) });
    return a;
  }

  /** The firm turns it down within the window: the slot is freed and the customer queued again. */
  async decline(
    ctx: RequestContext,
    input: EndAssignmentInput,
  ): Promise<Assignment | NotChangeable | AssignmentAlreadyAcceptedError | DeclineWindowClosedError> {
    const a = await this.active(ctx, input.assignmentId);
    if (!(a instanceof Assignment)) return a;
    if (a.acceptedAt) return new AssignmentAlreadyAcceptedError(ctx);
    if (a.declineBy.getTime() < this.clock.now().getTime()) return new DeclineWindowClosedError(ctx, a.declineBy);
    await this.assignments.end(ctx, a, AssignmentStatus.DECLINED, input.reason);
    ctx.audit({ action: 'assignment.decline', entityType: 'Assignment', entityId: a.id, after: facts(a) });
    return a;
  }

  private async active(ctx: RequestContext, id: string): Promise<Assignment | NotChangeable> {
    const a = await this.assignments.forUpdate(ctx, id);
    if (!a) return new NotFoundError(ctx, 'assignment');
    if (a.status !== AssignmentStatus.ACTIVE) return new AssignmentNotActiveError(ctx, a.status);
    return a;
  }
}
