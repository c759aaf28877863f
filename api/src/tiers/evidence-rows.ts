import type { EvidenceInput } from '@baton/shared';
import type { EntityManager } from 'typeorm';

/**
 * The rows beneath a firm's tier evidence over a period: its projects (phases, escalations,
 * vendor reopenings), their customers' usage, its monthly offers and the activation threshold.
 * Like the KPI context, a read model over the other contexts' tables; it writes nothing.
 */
export async function evidenceRows(
  manager: EntityManager,
  partnerId: string,
  from: string,
  to: string,
  today: string,
): Promise<EvidenceInput> {
  const projects: EvidenceInput['projects'][number][] = await manager.query(
    `SELECT op.id, op.customer_id AS "customerId", to_char(op.start_date, 'YYYY-MM-DD') AS "startDate",
            coalesce((SELECT json_agg(json_build_object('position', ph.position,
                        'dueDate', to_char(ph.due_date, 'YYYY-MM-DD'), 'completedOn', to_char(ph.completed_on, 'YYYY-MM-DD'))
                        ORDER BY ph.position) FROM project_phase ph WHERE ph.project_id = op.id), '[]') AS phases,
            (SELECT count(*)::int FROM escalation e WHERE e.project_id = op.id) AS escalations,
            EXISTS (SELECT 1 FROM project_event ev WHERE ev.project_id = op.id AND ev.kind = 'PHASE_REOPENED') AS reopened
       FROM onboarding_project op
      WHERE op.partner_id = $1 AND op.start_date <= $2::date`,
    [partnerId, to],
  );
  const snapshots: EvidenceInput['snapshots'][number][] = await manager.query(
    `SELECT u.customer_id AS "customerId", to_char(u.taken_on, 'YYYY-MM-DD') AS "takenOn", u.utilization
       FROM usage_snapshot u WHERE u.customer_id IN (SELECT customer_id FROM onboarding_project WHERE partner_id = $1)
        AND u.taken_on <= $2::date`,
    [partnerId, to],
  );
  const offers: EvidenceInput['offers'][number][] = await manager.query(
    `SELECT to_char(month, 'YYYY-MM') AS month, slots_offered AS "slotsOffered"
       FROM capacity_plan WHERE partner_id = $1 AND month BETWEEN date_trunc('month', $2::date) AND $3::date`,
    [partnerId, from, to],
  );
  const [{ threshold }]: { threshold: number }[] = await manager.query(
    `SELECT threshold FROM activation_settings WHERE id = 1`,
  );
  return { from, to, today, projects, snapshots, offers, activationThreshold: threshold };
}
