import { SURVEY_VALID_DAYS } from '../../onboarding/surveys.service';
import { SURVEY_EVALUATIONS, SURVEY_WORRIES } from './scale-names';
import { atHour, nth, pick, rnd } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/** Days after sending by which every answer is in: a link is answerable only once this old. */
const ANSWER_WITHIN_DAYS = 10;

/**
 * The links the app sends: one on completing each phase marked to survey the customer, one more
 * on completing the last phase (the END survey), sent that day. Exactly `answers` of those sent
 * long enough ago are answered 1–10 days later (picked by hash); scores follow the firm's tier.
 */
const SURVEYS = `
  INSERT INTO survey (project_id, partner_id, kind, phase_position, token, created_at, expires_at, answered_at, csat, nps,
                      worries, evaluation)
  WITH sent AS (
    SELECT ph.project_id, ph.partner_id, 'PHASE' AS kind, ph.position AS phase_position, ph.completed_on
      FROM project_phase ph WHERE ph.survey_on_completion AND ph.completed_on IS NOT NULL
    UNION ALL
    SELECT ph.project_id, ph.partner_id, 'END', NULL, ph.completed_on
      FROM project_phase ph
     WHERE ph.completed_on IS NOT NULL
       AND ph.position = (SELECT max(position) FROM template_phase
                           WHERE template_id = (SELECT id FROM onboarding_template WHERE current))
  ), timed AS (
    SELECT s.*, least(c.now, ${atHour('s.completed_on', 9)}) AS sent_at,
           hashtextextended(s.project_id::text || ':' || coalesce(s.phase_position, 0), 0) AS h,
           least(c.now, ${atHour('s.completed_on', 9)}) <= c.now - interval '${ANSWER_WITHIN_DAYS + 2} days' AS answerable
      FROM sent s, scale_ctx c
  ), ranked AS (
    SELECT t.*, row_number() OVER (PARTITION BY t.answerable ORDER BY t.h, t.project_id, t.kind) AS n,
           least(5, greatest(1, round(2.2 + 0.45 * f.tier + 1.6 * ${rnd('t.h', 91)})))::int AS score
      FROM timed t JOIN scale_firm f ON f.id = t.partner_id
  )
  SELECT r.project_id, r.partner_id, r.kind::survey_kind, r.phase_position,
         rtrim(translate(encode(gen_random_bytes(32), 'base64'), '+/', '-_'), '='),
         r.sent_at, r.sent_at + interval '${SURVEY_VALID_DAYS} days', a.answered_at,
         CASE WHEN a.answered_at IS NOT NULL THEN r.score END,
         CASE WHEN a.answered_at IS NOT NULL THEN least(10, greatest(0, 2 * r.score - 1 + ${pick('r.h', 92, 3)})) END,
         CASE WHEN a.answered_at IS NOT NULL AND ${rnd('r.h', 93)} < 0.25 THEN ${nth(SURVEY_WORRIES, pick('r.h', 94, SURVEY_WORRIES.length))} END,
         CASE WHEN a.answered_at IS NOT NULL THEN ${nth(SURVEY_EVALUATIONS, pick('r.h', 95, SURVEY_EVALUATIONS.length))} END
    FROM ranked r, scale_ctx c,
         LATERAL (SELECT CASE WHEN r.answerable AND r.n <= c.answers
                              THEN r.sent_at + (1 + ${pick('r.h', 96, ANSWER_WITHIN_DAYS)}) * interval '1 day'
                                   + ${pick('r.h', 97, 600)} * interval '1 minute' END AS answered_at) a`;

export async function seedSurveys(w: ScaleWriter, answers: number): Promise<void> {
  await w.fill('survey', SURVEYS);
  const [{ answered }] = await w.rows<{ answered: number }>(
    `SELECT count(*)::int AS answered FROM survey WHERE answered_at IS NOT NULL`,
  );
  if (answered !== answers)
    throw new Error(`only ${answered} survey links were sent early enough to be answered; ${answers} were planned`);
}
