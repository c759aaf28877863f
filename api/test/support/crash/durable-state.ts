import type { DataSource } from 'typeorm';
import type { WorkloadData } from '../../../src/scripts/workload/workload-data';

export interface AssignmentRow {
  id: string;
  customerId: string;
  status: string;
  /** The firm the customer row says holds it (null: queued). */
  customerHeldBy: string | null;
}

export interface PlanRow {
  id: string;
  offered: number;
  consumed: number;
  /** Assignments that hold one of its slots (ACTIVE, or COMPLETED: a completed one keeps its slot). */
  holding: number;
}

/** What the database holds of the crash load's writes, read after the last round. */
export interface DurableState {
  /** Assignments of the load's queued customers. */
  assignments: AssignmentRow[];
  /** Audit entries per action and entity id (`action entityId` → count). */
  auditCount: Map<string, number>;
  /** Audit entries per action, over the whole log. */
  auditTotal: Map<string, number>;
  completedPhases: { id: string; projectId: string }[];
  /** PHASE_COMPLETED timeline events per project. */
  phaseEvents: Map<string, number>;
  usageRows: { key: string; utilization: number; source: string }[];
  /** `created` of each `usage.report` entry of the load's integration key. */
  usageReportsCreated: number[];
  plans: PlanRow[];
}

export async function readDurableState(db: DataSource, data: WorkloadData): Promise<DurableState> {
  const projectIds = data.projects.map((p) => p.id);
  const assignments: AssignmentRow[] = await db.query(
    `SELECT a.id, a.customer_id AS "customerId", a.status, c.partner_id AS "customerHeldBy"
       FROM assignment a JOIN customer_account c ON c.id = a.customer_id
      WHERE a.customer_id = ANY($1)`,
    [data.queuedCustomerIds],
  );
  const audit: { action: string; entityId: string | null; n: number }[] = await db.query(
    `SELECT action, entity_id AS "entityId", count(*)::int AS n FROM audit_log_entry GROUP BY action, entity_id`,
  );
  const auditCount = new Map(audit.map((r) => [`${r.action} ${r.entityId}`, r.n]));
  const auditTotal = new Map<string, number>();
  for (const r of audit) auditTotal.set(r.action, (auditTotal.get(r.action) ?? 0) + r.n);
  const completedPhases: { id: string; projectId: string }[] = await db.query(
    `SELECT id, project_id AS "projectId" FROM project_phase WHERE project_id = ANY($1) AND completed_on IS NOT NULL`,
    [projectIds],
  );
  const events: { projectId: string; n: number }[] = await db.query(
    `SELECT project_id AS "projectId", count(*)::int AS n FROM project_event
      WHERE kind = 'PHASE_COMPLETED' AND project_id = ANY($1) GROUP BY project_id`,
    [projectIds],
  );
  const usageRows: { key: string; utilization: number; source: string }[] = await db.query(
    `SELECT customer_id || '/' || taken_on::text AS key, utilization, source::text AS source
       FROM usage_snapshot WHERE customer_id = ANY($1)`,
    [data.projects.map((p) => p.customerId)],
  );
  const reports: { created: number }[] = await db.query(
    `SELECT (after ->> 'created')::int AS created FROM audit_log_entry
      WHERE action = 'usage.report' AND after -> 'integrationKey' ->> 'id' = $1`,
    [data.integrationKey.id],
  );
  const plans: PlanRow[] = await db.query(
    `SELECT p.id, p.slots_offered AS offered, p.slots_consumed AS consumed,
            (SELECT count(*)::int FROM assignment a
              WHERE a.capacity_plan_id = p.id AND a.status IN ('ACTIVE', 'COMPLETED')) AS holding
       FROM capacity_plan p`,
  );
  return {
    assignments,
    auditCount,
    auditTotal,
    completedPhases,
    phaseEvents: new Map(events.map((e) => [e.projectId, e.n])),
    usageRows,
    usageReportsCreated: reports.map((r) => r.created),
    plans,
  };
}
