import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../common/context/request-context';
import { NotFoundError } from '../common/errors/not-found.error';
import type { CustomerAccount } from '../customers/customer-account.entity';
import { CustomersService } from '../customers/customers.service';
import type { Partner } from '../partners/partner.entity';
import type { Consultant } from '../training/consultant.entity';
import { Assignment, AssignmentSource } from './assignment.entity';
import { AssignmentBatch, AssignmentBatchState } from './assignment-batch.entity';
import { BatchItemFailedError } from './assignments.errors';
import { AssignmentsService } from './assignments.service';
import { type Candidate, CandidatesService } from './candidates.service';
import { AppliedAssignments } from './dto/applied-assignments';
import { BATCH_MAX, type ApplyAssignmentsInput } from './dto/matching.args';
import { greedyMatching } from './matching/greedy-matching';
import type { MatchingProblem } from './matching/matching-problem';
import { optimalMatching } from './matching/optimal-matching';

export interface ProposalItem {
  customer: CustomerAccount;
  partner: Partner;
  leadConsultant: Consultant;
  fit: number;
}

export interface Proposal {
  month: string;
  items: ProposalItem[];
  /** Customers left without a firm: none can take them, or the slots went to better fits. */
  unmatched: { customer: CustomerAccount; eligiblePartners: number }[];
  /** Sum of the fit scores of the items. */
  objective: number;
  /** What taking the best remaining pair first would have reached, for comparison. */
  greedyObjective: number;
}

/** Fit scores (0–100, one decimal) travel to the solver as integers. */
const toInt = (score: number) => Math.max(1, Math.round(score * 100));
const PROGRESS_EVERY = 25;

/**
 * Optimal auto-assignment: the assignment of the queue (or a selection) that maximizes the total
 * fit under every firm's free slots and the hard rules (min-cost flow, exact), then applied as
 * one transaction with its progress reported while it runs.
 */
@Injectable()
export class AutoAssignmentService {
  constructor(
    private readonly customers: CustomersService,
    private readonly candidates: CandidatesService,
    private readonly assignments: AssignmentsService,
    private readonly dataSource: DataSource,
  ) {}

  async propose(ctx: RequestContext, month: string, customerIds?: string[]): Promise<Proposal> {
    const queue = await this.customers.queue(ctx, BATCH_MAX, customerIds);
    const evaluations = await this.candidates.evaluate(ctx, queue, month);
    const buckets = new Map<string, { index: number; free: number; candidate: Candidate }>();
    const edges: MatchingProblem['edges'] = [];
    evaluations.forEach((e, customer) => {
      for (const c of e.eligible) {
        let bucket = buckets.get(c.planId);
        if (!bucket) buckets.set(c.planId, (bucket = { index: buckets.size, free: c.free, candidate: c }));
        edges.push({ customer, bucket: bucket.index, fit: toInt(c.fit.score) });
      }
    });
    const problem: MatchingProblem = {
      customers: queue.length,
      capacities: [...buckets.values()].map((b) => b.free),
      edges,
    };
    const best = optimalMatching(problem);
    const greedy = greedyMatching(problem);
    const leadTurns = new Map<string, number>();
    const items: ProposalItem[] = best.pairs.map((pair) => {
      const e = evaluations[pair.customer];
      const candidate = e.eligible.find((c) => buckets.get(c.planId)!.index === pair.bucket)!;
      return {
        customer: e.customer,
        partner: candidate.partner,
        leadConsultant: nextLead(candidate, leadTurns),
        fit: pair.fit / 100,
      };
    });
    const matched = new Set(best.pairs.map((p) => p.customer));
    return {
      month,
      items,
      unmatched: evaluations
        .filter((_, i) => !matched.has(i))
        .map((e) => ({ customer: e.customer, eligiblePartners: e.eligible.length })),
      objective: best.total / 100,
      greedyObjective: greedy.total / 100,
    };
  }

  /** Applies reviewed items in the mutation's transaction; the first refusal undoes them all. */
  async apply(
    ctx: RequestContext,
    input: ApplyAssignmentsInput,
  ): Promise<AppliedAssignments | BatchItemFailedError | NotFoundError> {
    const batch = await this.progress(ctx, input.batchId, input.items.length, 0, AssignmentBatchState.RUNNING);
    if (!batch) return new NotFoundError(ctx, 'assignmentBatch');
    const evaluations = await this.candidates.evaluate(
      ctx,
      await this.customers.queue(
        ctx,
        BATCH_MAX,
        input.items.map((i) => i.customerId),
      ),
      input.month,
    );
    const fits = new Map(
      evaluations.flatMap((e) => e.eligible.map((c) => [`${e.customer.id}:${c.partner.id}`, c.fit.score] as const)),
    );
    const placed: Assignment[] = [];
    for (const [index, item] of input.items.entries()) {
      const fit = fits.get(`${item.customerId}:${item.partnerId}`) ?? null;
      const result = await this.assignments.place(ctx, { ...item, month: input.month }, AssignmentSource.AUTO, fit);
      if (!(result instanceof Assignment)) {
        await this.progress(ctx, batch.id, input.items.length, index, AssignmentBatchState.FAILED);
        return new BatchItemFailedError(ctx, index, item.customerId, result);
      }
      placed.push(result);
      if ((index + 1) % PROGRESS_EVERY === 0)
        await this.progress(ctx, batch.id, input.items.length, index + 1, AssignmentBatchState.RUNNING);
    }
    const done = await this.progress(ctx, batch.id, input.items.length, placed.length, AssignmentBatchState.DONE);
    ctx.audit({
      action: 'assignment.applyBatch',
      entityType: 'AssignmentBatch',
      entityId: batch.id,
      after: { month: input.month, assignments: placed.length, assignmentIds: placed.map((a) => a.id) },
    });
    return new AppliedAssignments(done ?? batch, placed);
  }

  /** The caller's own batch. */
  batch(ctx: RequestContext, id: string): Promise<AssignmentBatch | null> {
    return this.dataSource.getRepository(AssignmentBatch).findOneBy({ id, userId: ctx.user!.id });
  }

  /** Written on its own connection, outside the batch's transaction, so it is visible at once. */
  private async progress(
    ctx: RequestContext,
    id: string,
    total: number,
    done: number,
    state: AssignmentBatchState,
  ): Promise<AssignmentBatch | null> {
    const rows: AssignmentBatch[] = await this.dataSource.query(
      `INSERT INTO assignment_batch (id, user_id, total, done, state) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET total = $3, done = $4, state = $5, updated_at = now()
       WHERE assignment_batch.user_id = $2
       RETURNING id, total, done, state, updated_at AS "updatedAt"`,
      [id, ctx.user!.id, total, done, state],
    );
    return rows[0] ?? null;
  }
}

/** Spreads a firm's proposed customers over its certified consultants, the least loaded first. */
function nextLead(candidate: Candidate, turns: Map<string, number>): Consultant {
  const key = candidate.partner.id;
  const turn = turns.get(key) ?? 0;
  turns.set(key, turn + 1);
  return candidate.leads[turn % candidate.leads.length];
}
