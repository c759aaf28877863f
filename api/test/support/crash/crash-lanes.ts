import { randomInt } from '../../../src/bench/seeded-random';
import {
  assignCustomer,
  cancelAssignment,
  completePhase,
  type Outcome,
  reportUsage,
} from '../../../src/scripts/workload/operations';
import { TransportError, type WorkloadClient } from '../../../src/scripts/workload/workload-client';
import type { WorkloadData, WorkloadProject } from '../../../src/scripts/workload/workload-data';
import type { CrashLedger, WriteKind } from './crash-ledger';

/** `answered`: go on; `cut`: no answer (server gone), stop for this round; `done`: nothing left or a failure. */
type Step = 'answered' | 'cut' | 'done';

interface Write {
  kind: WriteKind;
  key: string;
  data: Record<string, string | number>;
  /** The refusal codes that, on a retry, mean an earlier attempt committed. */
  alreadyDone?: string[];
  send(): Promise<Outcome<unknown>>;
  onSuccess?(value: unknown): void;
}

/**
 * One client of the crash load: sends one write at a time and records its fate in the ledger. A
 * write left without an answer by a kill is retried first thing after the restart, as a careful
 * client would; the retry's answer tells whether the lost attempt had committed.
 */
export abstract class Lane {
  inFlight = false;
  /** Writes answered so far (success or expected refusal). */
  answered = 0;
  /** Nothing left to write, or stopped on an unexpected answer. */
  finished = false;
  private pending: Write | undefined;

  constructor(
    readonly client: WorkloadClient,
    protected readonly ledger: CrashLedger,
  ) {}

  /** The next new write, or undefined when the lane's data is used up. */
  protected abstract next(): Write | undefined;

  /** Sends writes until the server is cut off or `stop()` says so. */
  async run(stop: () => boolean, retryOnly = false): Promise<void> {
    while (!stop() && !this.finished) {
      if (retryOnly && !this.pending) return;
      const step = await this.step();
      if (step === 'done') this.finished = true;
      if (step !== 'answered') return;
      this.answered++;
    }
  }

  private async step(): Promise<Step> {
    const retry = this.pending;
    const write = retry ?? this.next();
    if (!write) return 'done';
    let answer: Outcome<unknown>;
    this.inFlight = true;
    try {
      answer = await write.send();
    } catch (e) {
      if (!(e instanceof TransportError)) throw e;
      this.ledger.uncertain[write.kind].set(write.key, write.data);
      // A write without a natural "already done" answer is not retried: a fresh one follows instead.
      this.pending = write.alreadyDone ? write : undefined;
      return 'cut';
    } finally {
      this.inFlight = false;
    }
    this.pending = undefined;
    if (answer.ok) {
      this.ledger.acknowledged[write.kind].set(write.key, write.data);
      write.onSuccess?.(answer.value);
      return 'answered';
    }
    if (retry && write.alreadyDone?.includes(answer.code)) {
      this.ledger.committedUnanswered[write.kind].set(write.key, true);
      return 'answered';
    }
    this.ledger.unexpected.push(`${write.kind} ${write.key}: ${answer.code} ${answer.message}`);
    return 'done';
  }
}

/** Vendor staff: assigns queued customers to the firm and now and then cancels one it assigned. */
export class AssignLane extends Lane {
  private readonly queue: string[];
  private readonly active: { assignmentId: string; customerId: string }[] = [];

  constructor(
    client: WorkloadClient,
    ledger: CrashLedger,
    private readonly data: WorkloadData,
    customerIds: string[],
    private readonly random: () => number,
  ) {
    super(client, ledger);
    this.queue = [...customerIds];
  }

  protected next(): Write | undefined {
    const cancelNow = this.active.length >= 2 && this.random() < 0.5;
    if ((cancelNow || this.queue.length === 0) && this.active.length > 0) {
      const { assignmentId, customerId } = this.active.shift()!;
      return {
        kind: 'cancel',
        key: assignmentId,
        data: { customerId },
        alreadyDone: ['ASSIGNMENT_NOT_ACTIVE'],
        send: () => cancelAssignment(this.client, assignmentId),
      };
    }
    const customerId = this.queue.shift();
    if (!customerId) return undefined;
    const { actors, month, leadConsultantId } = this.data;
    return {
      kind: 'assign',
      key: customerId,
      data: { customerId },
      alreadyDone: ['CUSTOMER_ALREADY_ASSIGNED'],
      send: () => assignCustomer(this.client, { customerId, partnerId: actors.partnerId, month, leadConsultantId }),
      onSuccess: (id) => {
        const assignmentId = id as string;
        this.ledger.acknowledged.assign.set(customerId, { customerId, assignmentId });
        this.active.push({ assignmentId, customerId });
      },
    };
  }
}

/** The firm's admin: completes its projects' phases, in order. */
export class PhaseLane extends Lane {
  private project = 0;
  private phase = 0;

  constructor(
    client: WorkloadClient,
    ledger: CrashLedger,
    private readonly projects: WorkloadProject[],
  ) {
    super(client, ledger);
  }

  protected next(): Write | undefined {
    const project = this.projects[this.project];
    if (!project) return undefined;
    const phaseId = project.phaseIds[this.phase];
    const last = this.phase === project.phaseIds.length - 1;
    // Advance now: a write is only ever retried (pending), never asked for twice.
    if (++this.phase === project.phaseIds.length) [this.project, this.phase] = [this.project + 1, 0];
    return {
      kind: 'completePhase',
      key: phaseId,
      data: { projectId: project.id },
      // Completing the last phase completes the project, which then refuses every change.
      alreadyDone: last ? ['PHASE_ALREADY_COMPLETED', 'PROJECT_CLOSED'] : ['PHASE_ALREADY_COMPLETED'],
      send: () => completePhase(this.client, phaseId),
    };
  }
}

/**
 * An integration: reports one new (customer, day) each call. A re-sent report would answer success
 * either way (it upserts), so a lost one is not retried; a new day follows.
 */
export class UsageLane extends Lane {
  private call = 0;

  constructor(
    client: WorkloadClient,
    ledger: CrashLedger,
    private readonly customerIds: string[],
    private readonly random: () => number,
  ) {
    super(client, ledger);
  }

  protected next(): Write | undefined {
    const n = this.call++;
    const customerId = this.customerIds[n % this.customerIds.length];
    const daysBack = 1 + Math.floor(n / this.customerIds.length);
    const takenOn = new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10);
    const utilization = randomInt(this.random, 0, 100);
    return {
      kind: 'reportUsage',
      key: `${customerId}/${takenOn}`,
      data: { customerId, takenOn, utilization },
      send: async () => {
        const res = await reportUsage(this.client, [{ customerId, takenOn, utilization }]);
        // Every report is a new (customer, day): anything but one new snapshot is wrong.
        return res.ok && res.value.created !== 1
          ? { ok: false, code: 'NOT_CREATED', message: JSON.stringify(res.value) }
          : res;
      },
    };
  }
}
