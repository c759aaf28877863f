import { currentMonth } from '../../capacity/month';
import {
  assignCustomer,
  cancelAssignment,
  completePhase,
  type Outcome,
  read,
  READS,
  reopenPhase,
  reportUsage,
} from './operations';
import { randomInt } from '../../bench/seeded-random';
import type { WorkloadClient } from './workload-client';
import type { WorkloadData, WorkloadProject } from './workload-data';

/** One request of the mix, named for the report. */
export interface MixOp {
  name: string;
  run(): Promise<Outcome<unknown>>;
}

/** The share of each kind of request (out of 100): what the portal's users mostly do is read. */
export const MIX = {
  partners: 15,
  dashboard: 10,
  projectsVendor: 15,
  projectsPartner: 15,
  assignment: 15,
  phase: 15,
  usage: 15,
} as const;
type MixKind = keyof typeof MIX;

/** Assignments kept open at once; beyond it the workload cancels (which queues the customer again). */
const OPEN_ASSIGNMENTS = 40;

interface ProjectCursor {
  project: WorkloadProject;
  completed: number;
  /**
   * Completing up to `turnAt` phases, then reopening down to none: a project is reused forever.
   * `turnAt` is drawn anew each time (the last phase now and then, which completes the project),
   * so the projects do not all complete, then all reopen, in step.
   */
  turnAt: number;
  reopening: boolean;
}

/**
 * The mixed workload of the soak: reads of the vendor console and the partner portal, and writes
 * that recycle their data (cancel what was assigned, reopen what was completed, re-report usage
 * days), so it can run for hours without running out of queued customers or open phases.
 */
export class MixedWorkload {
  private readonly queued: string[];
  private readonly open: { assignmentId: string; customerId: string }[] = [];
  private readonly idleProjects: ProjectCursor[];
  private usageCalls = 0;
  private readonly fromMonth: string;
  private readonly toMonth = currentMonth();
  private readonly kinds: MixKind[];

  constructor(
    private readonly data: WorkloadData,
    private readonly clients: { vendor: WorkloadClient; partner: WorkloadClient; integration: WorkloadClient },
    private readonly random: () => number,
  ) {
    this.queued = [...data.queuedCustomerIds];
    this.idleProjects = data.projects.map((project) => ({
      project,
      completed: 0,
      turnAt: randomInt(random, 1, project.phaseIds.length),
      reopening: false,
    }));
    const now = new Date();
    // The dashboard's default view: the last twelve months.
    this.fromMonth = currentMonth(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)));
    this.kinds = (Object.keys(MIX) as MixKind[]).flatMap((k) => Array<MixKind>(MIX[k]).fill(k));
  }

  next(): MixOp {
    const kind = this.kinds[Math.floor(this.random() * this.kinds.length)];
    const { vendor, partner } = this.clients;
    switch (kind) {
      case 'partners':
        return { name: 'partners', run: () => read(vendor, READS.partners) };
      case 'dashboard':
        return { name: 'dashboard', run: () => read(vendor, READS.dashboard(this.fromMonth, this.toMonth)) };
      case 'projectsVendor':
        return { name: 'projects (vendor)', run: () => read(vendor, READS.projects) };
      case 'projectsPartner':
        return { name: 'projects (firm)', run: () => read(partner, READS.projects) };
      case 'assignment':
        return this.assignmentOp();
      case 'phase':
        return this.phaseOp() ?? { name: 'projects (firm)', run: () => read(partner, READS.projects) };
      case 'usage':
        return this.usageOp();
    }
  }

  private assignmentOp(): MixOp {
    const { vendor } = this.clients;
    if (this.open.length > 0 && (this.open.length >= OPEN_ASSIGNMENTS || this.queued.length === 0)) {
      const held = this.open.shift()!;
      return {
        name: 'cancelAssignment',
        run: async () => {
          const res = await cancelAssignment(vendor, held.assignmentId);
          if (res.ok) this.queued.push(held.customerId);
          return res;
        },
      };
    }
    const customerId = this.queued.shift();
    if (!customerId) return { name: 'partners', run: () => read(vendor, READS.partners) };
    const { actors, month, leadConsultantId } = this.data;
    return {
      name: 'assignCustomer',
      run: async () => {
        const res = await assignCustomer(vendor, { customerId, partnerId: actors.partnerId, month, leadConsultantId });
        if (res.ok) this.open.push({ assignmentId: res.value, customerId });
        return res;
      },
    };
  }

  /** A project nobody is writing to; it returns to the pool when its request is answered. */
  private phaseOp(): MixOp | undefined {
    const cursor = this.idleProjects.shift();
    if (!cursor) return undefined;
    const { phaseIds } = cursor.project;
    const done = (res: Outcome<unknown>) => {
      if (res.ok) cursor.completed += cursor.reopening ? -1 : 1;
      if (cursor.completed === cursor.turnAt) cursor.reopening = true;
      if (cursor.completed === 0 && cursor.reopening) {
        cursor.reopening = false;
        cursor.turnAt = randomInt(this.random, 1, phaseIds.length);
      }
      this.idleProjects.push(cursor);
      return res;
    };
    if (cursor.reopening)
      return {
        name: 'reopenPhase',
        run: () => reopenPhase(this.clients.vendor, phaseIds[cursor.completed - 1]).then(done),
      };
    return {
      name: 'completePhase',
      run: () => completePhase(this.clients.partner, phaseIds[cursor.completed]).then(done),
    };
  }

  /** A day of a project's customer; after a year of days it starts over (upserts replace them). */
  private usageOp(): MixOp {
    const n = this.usageCalls++;
    const projects = this.data.projects;
    const customerId = projects[n % projects.length].customerId;
    const daysBack = 1 + (Math.floor(n / projects.length) % 365);
    const takenOn = new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10);
    const utilization = randomInt(this.random, 0, 100);
    return {
      name: 'reportUsage',
      run: () => reportUsage(this.clients.integration, [{ customerId, takenOn, utilization }]),
    };
  }
}
