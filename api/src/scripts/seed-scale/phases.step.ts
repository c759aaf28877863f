import { DEMO_PHASE_SUMMARIES, DEMO_PHASE_SUMMARY_FALLBACK } from '../../seed/demo-projects';
import { PHASES_PER_PROJECT } from './scale-plan';
import { pick, rnd, textArray } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

const SUMMARIES = textArray(
  Array.from({ length: PHASES_PER_PROJECT }, (_, i) => DEMO_PHASE_SUMMARIES[i + 1] ?? DEMO_PHASE_SUMMARY_FALLBACK),
);
const key = 'sp.k * 8 + tp.position';

/**
 * Each phase is done on its due date give or take: on time (up to 3 days early) with the firm's
 * odds, else 1–20 days late (mostly a little). A phase never finishes before the one before it
 * (running maximum), so the order holds; it is completed when that day has come, unless the
 * project stalled at it or churned first. Due dates as a real opening computes them: day 1 is
 * the start.
 */
const PHASES = `
  INSERT INTO project_phase (project_id, partner_id, position, name_en, name_ja, due_date, completed_on, summary,
                             completed_by_email, survey_on_completion)
  SELECT y.project_id, y.partner_id, y.position, y.name_en, y.name_ja, y.due_date,
         CASE WHEN y.done THEN y.finish END,
         CASE WHEN y.done THEN (${SUMMARIES})[y.position] END,
         CASE WHEN y.done THEN y.lead_email END, y.survey_on_completion
    FROM (SELECT x.*, x.finish <= c.today AND x.position < x.stalls_at
                      AND (x.churned_on IS NULL OR x.finish < x.churned_on) AS done
            FROM (SELECT sp.project_id, sp.partner_id, sp.lead_email, sp.stalls_at, sp.churned_on,
                         tp.position, tp.name_en, tp.name_ja, tp.survey_on_completion,
                         sp.start_date + tp.due_day - 1 AS due_date,
                         max(sp.start_date + tp.due_day - 1
                             + CASE WHEN ${rnd(key, 81)} < sp.on_time_odds THEN -${pick(key, 82, 4)}
                                    ELSE 1 + floor(power(${rnd(key, 83)}, 2) * 20)::int END)
                           OVER (PARTITION BY sp.k ORDER BY tp.position) AS finish
                    FROM scale_project sp
                    CROSS JOIN template_phase tp
                   WHERE tp.template_id = (SELECT id FROM onboarding_template WHERE current)) x,
                 scale_ctx c) y`;

export async function seedPhases(w: ScaleWriter): Promise<void> {
  const [{ phases }] = await w.rows<{ phases: number }>(
    `SELECT count(*)::int AS phases FROM template_phase WHERE template_id = (SELECT id FROM onboarding_template WHERE current)`,
  );
  if (phases !== PHASES_PER_PROJECT)
    throw new Error(
      `the current onboarding template has ${phases} phases; the scale seed expects ${PHASES_PER_PROJECT}`,
    );
  await w.fill('project_phase', PHASES);
}
