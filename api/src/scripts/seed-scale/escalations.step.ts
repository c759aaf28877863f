import { VENDOR_STAFF_EMAIL } from './firms.step';
import { ESCALATION_SUBJECTS } from './scale-names';
import { atHour, nth, pick, rnd, uid } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

const CATEGORIES = Object.keys(ESCALATION_SUBJECTS);
const key = 'sp.k * 4 + e.n';

/**
 * `scale_escalation`: about 9 % of the projects raised one or two escalations (a tier-1 firm's
 * four times as often as a tier-5 one's), while running — after the start and before the last
 * phase was done or the project churned. The vendor answers within two days and resolves within
 * two weeks; what has not come yet stays open.
 */
const ESCALATIONS_PLANNED = `
  CREATE TEMP TABLE scale_escalation AS
  SELECT row_number() OVER (ORDER BY r.k, r.n) AS e, r.*,
         CASE WHEN r.responded_at <= c.now THEN r.responded_at END AS first_response_at,
         CASE WHEN r.resolved_at <= c.now AND r.responded_at <= c.now THEN r.resolved_at END AS resolved_on
    FROM (SELECT sp.k, e.n, sp.project_id, sp.partner_id, sp.lead_email, x.raised_at,
                 ${nth(CATEGORIES, pick(key, 111, CATEGORIES.length))} AS category,
                 x.raised_at + (1 + ${pick(key, 113, 40)}) * interval '1 hour' AS responded_at,
                 x.raised_at + (1 + ${pick(key, 114, 12)}) * interval '1 day' + ${pick(key, 115, 8)} * interval '1 hour' AS resolved_at,
                 ${pick(key, 116, 3)} AS subject_n
            FROM scale_project sp
            JOIN scale_firm f ON f.i = sp.firm
            JOIN (SELECT project_id, max(completed_on) AS last_done, bool_and(completed_on IS NOT NULL) AS finished
                    FROM project_phase GROUP BY project_id) ph ON ph.project_id = sp.project_id
            CROSS JOIN scale_ctx c
            CROSS JOIN LATERAL (SELECT CASE WHEN ph.finished THEN ph.last_done ELSE coalesce(sp.churned_on, c.today) END
                                       - sp.start_date AS span) s
            CROSS JOIN LATERAL generate_series(1, CASE WHEN ${rnd('sp.k', 110)} < 0.17 - 0.026 * f.tier
                                                       THEN 1 + (${rnd('sp.k', 112)} < 0.25)::int ELSE 0 END) e(n)
            CROSS JOIN LATERAL (SELECT least(c.now - interval '1 hour',
                                             ${atHour(`sp.start_date + 2 + ${pick(key, 117, 's.span - 2')}`, `1 + ${pick(key, 118, 9)}`)}) AS raised_at) x
           WHERE s.span >= 4) r,
         scale_ctx c`;

const subject = `CASE s.category ${CATEGORIES.map(
  (c) => `WHEN '${c}' THEN ${nth(ESCALATION_SUBJECTS[c], 's.subject_n')}`,
).join(' ')} END`;

const ESCALATIONS = `
  INSERT INTO escalation (id, project_id, partner_id, category, subject, created_at, raised_by_email, first_response_at,
                          resolved_at, resolved_by_email)
  SELECT ${uid('escalation', 's.e')}, s.project_id, s.partner_id, s.category::escalation_category, ${subject}, s.raised_at,
         s.lead_email, s.first_response_at, s.resolved_on, CASE WHEN s.resolved_on IS NOT NULL THEN '${VENDOR_STAFF_EMAIL}' END
    FROM scale_escalation s`;

/** The firm's question when raising it, and the vendor's first answer (which starts the response time). */
const MESSAGES = `
  INSERT INTO escalation_message (escalation_id, partner_id, from_vendor, author_email, body, created_at)
  SELECT ${uid('escalation', 's.e')}, s.partner_id, false, s.lead_email,
         'お客様環境で確認した内容です。再現手順と画面のスクリーンショットを添付します。', s.raised_at
    FROM scale_escalation s
  UNION ALL
  SELECT ${uid('escalation', 's.e')}, s.partner_id, true, '${VENDOR_STAFF_EMAIL}',
         'ご連絡ありがとうございます。製品チームで確認し、回避策を含めてご案内します。', s.first_response_at
    FROM scale_escalation s WHERE s.first_response_at IS NOT NULL`;

export async function seedEscalations(w: ScaleWriter): Promise<void> {
  await w.prepare('escalations', ESCALATIONS_PLANNED);
  await w.fill('escalation', ESCALATIONS);
  await w.fill('escalation_message', MESSAGES);
}
