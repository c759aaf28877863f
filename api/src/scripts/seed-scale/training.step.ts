import { PRODUCT_MODULES } from '@baton/shared';
import { VENDOR_STAFF_EMAIL } from './firms.step';
import { atHour, personEmail, pick, textArray } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/** One curriculum per product module, each with a course, a role-play and an OJT (all required). */
const CURRICULA = `
  INSERT INTO curriculum (product_area, name, description, created_at, updated_at)
  SELECT area, initcap(area) || ' onboarding / ' || initcap(area) || ' 導入支援', NULL, c.first_month - 900, c.first_month - 900
    FROM unnest(${textArray(PRODUCT_MODULES)}) area, scale_ctx c`;

const MODULES = `
  INSERT INTO training_module (product_area, kind, title, pass_criteria, required, sort_order, created_at, updated_at)
  SELECT cu.product_area, m.kind::training_module_kind, initcap(cu.product_area) || ' — ' || m.title, m.criteria, true, m.n,
         cu.created_at, cu.created_at
    FROM curriculum cu,
         (VALUES (0, 'ONLINE_COURSE', 'basics / 基礎', 'Final quiz 80% or more'),
                 (1, 'ROLE_PLAY', 'requirements role-play / 要件定義ロールプレイ', 'Vendor trainer confirms all checklist items'),
                 (2, 'OJT', 'shadowed onboarding / 同行導入支援', 'One onboarding led with a vendor CSM, rated good'))
           AS m(n, kind, title, criteria)`;

/** Each consultant's areas, certified within the last year (so in force today), valid 12 months. */
const CERTIFIED = `
  CREATE TEMP TABLE scale_certification AS
  SELECT p.j, p.id AS consultant_id, p.partner_id, p.firm, a.area,
         c.now - (10 + ${pick('p.j * 2 + a.n', 31, 340)}) * interval '1 day' AS certified_at
    FROM scale_consultant p
    CROSS JOIN LATERAL (VALUES (0, p.area), (1, p.second_area)) a(n, area)
    CROSS JOIN scale_ctx c
   WHERE a.area IS NOT NULL`;

const CERTIFICATIONS = `
  INSERT INTO skill_certification (partner_id, consultant_id, product_area, certified_at, expires_at, signed_off_by_email,
                                   needs_renewal, created_at, updated_at)
  SELECT partner_id, consultant_id, area, certified_at, certified_at + interval '12 months', '${VENDOR_STAFF_EMAIL}',
         false, certified_at, certified_at
    FROM scale_certification`;

/** What earned each certification: every required module of the area passed, judged ones confirmed. */
const RECORDS = `
  INSERT INTO training_record (partner_id, consultant_id, module_id, status, date, score, recorded_by_email,
                               confirmed_by_email, confirmed_at, created_at, updated_at)
  SELECT s.partner_id, s.consultant_id, m.id, 'PASSED', (s.certified_at - (3 - m.sort_order) * interval '9 days')::date,
         CASE WHEN m.kind = 'ONLINE_COURSE' THEN 75 + ${pick('s.j * 8 + m.sort_order', 32, 26)} END,
         ${personEmail('s.firm', '1')},
         CASE WHEN m.kind <> 'ONLINE_COURSE' THEN '${VENDOR_STAFF_EMAIL}' END,
         CASE WHEN m.kind <> 'ONLINE_COURSE' THEN s.certified_at - interval '1 day' END,
         ${atHour("(s.certified_at - (3 - m.sort_order) * interval '9 days')::date", 8)}, s.certified_at
    FROM scale_certification s JOIN training_module m ON m.product_area = s.area`;

export async function seedTraining(w: ScaleWriter): Promise<void> {
  await w.fill('curriculum', CURRICULA);
  await w.fill('training_module', MODULES);
  await w.prepare('certifications', CERTIFIED);
  await w.fill('skill_certification', CERTIFICATIONS);
  await w.fill('training_record', RECORDS);
}
