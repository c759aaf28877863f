import { atHour } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/**
 * Each project's timeline, as the app writes it: opened on acceptance, each phase completed, each
 * escalation raised and resolved, the churn. (Work logs and open issues are not seeded.)
 */
const EVENTS = `
  INSERT INTO project_event (project_id, partner_id, at, kind, detail, by_email)
  SELECT sp.project_id, sp.partner_id, sp.accepted_at, 'OPENED', NULL, sp.admin_email FROM scale_project sp
  UNION ALL
  SELECT ph.project_id, ph.partner_id, least(c.now, ${atHour('ph.completed_on', 8)}), 'PHASE_COMPLETED', ph.name_en,
         ph.completed_by_email
    FROM project_phase ph, scale_ctx c WHERE ph.completed_on IS NOT NULL
  UNION ALL
  SELECT e.project_id, e.partner_id, e.created_at, 'ESCALATION_RAISED', e.subject, e.raised_by_email FROM escalation e
  UNION ALL
  SELECT e.project_id, e.partner_id, e.resolved_at, 'ESCALATION_RESOLVED', e.subject, e.resolved_by_email
    FROM escalation e WHERE e.resolved_at IS NOT NULL
  UNION ALL
  SELECT p.id, p.partner_id, p.churned_at, 'CHURNED', p.churn_reason, p.churned_by_email
    FROM onboarding_project p WHERE p.churned_at IS NOT NULL`;

export async function seedEvents(w: ScaleWriter): Promise<void> {
  await w.fill('project_event', EVENTS);
}
