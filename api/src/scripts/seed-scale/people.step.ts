import { Role } from '@baton/shared';
import { AUDITOR_EMAIL, VENDOR_ADMIN_EMAIL, VENDOR_STAFF_EMAIL } from './firms.step';
import { GIVEN_NAMES, SURNAMES } from './scale-names';
import { atHour, nth, personEmail, pick, rnd, uid } from './scale-sql';
import type { ScaleWriter } from './scale-writer';

/** The vendor's side: one admin, one staff member, one auditor (sign-ins printed at the end). */
export const VENDOR_PEOPLE = [
  { email: VENDOR_ADMIN_EMAIL, displayName: '小林 真理', role: Role.VENDOR_ADMIN, locale: 'ja' },
  { email: VENDOR_STAFF_EMAIL, displayName: 'Kenji Mori', role: Role.VENDOR_STAFF, locale: 'en' },
  { email: AUDITOR_EMAIL, displayName: '加藤 誠', role: Role.AUDITOR, locale: 'ja' },
] as const;

const name = (key: string) => `${nth(SURNAMES, `${key} * 7`)} || ' ' || ${nth(GIVEN_NAMES, `${key} * 11`)}`;

/**
 * `scale_consultant`: the firms' people, numbered j = 1 … consultants across the firms. The first
 * of each firm (l = 1) is its partner admin, named as the firm's contact; each is certified in
 * one or two of the firm's product modules (`area`, `second_area`).
 */
const PEOPLE = `
  CREATE TEMP TABLE scale_consultant AS
  SELECT p.*, ${uid('consultant', 'p.j')} AS id, ${uid('user', 'p.j')} AS user_id, ${personEmail('p.firm', 'p.l')} AS email,
         CASE WHEN p.l = 1 THEN ${name('p.firm')} ELSE ${name('p.j')} END AS display_name,
         p.modules[1 + p.l % cardinality(p.modules)] AS area,
         CASE WHEN ${rnd('p.j', 21)} < 0.4 THEN p.modules[1 + (p.l + 1) % cardinality(p.modules)] END AS second_area,
         CASE WHEN p.l = 1 THEN p.joined_on ELSE p.joined_on + ${pick('p.j', 22, 30)} END AS joined_on_
    FROM (SELECT f.first_consultant + l - 1 AS j, f.i AS firm, l, f.id AS partner_id, f.modules, f.joined_on, f.kind
            FROM scale_firm f, generate_series(1, f.consultants) l) p`;

const USERS = `
  INSERT INTO "user" (id, email, display_name, role, partner_id, locale, active, password_hash, created_at, updated_at)
  SELECT gen_random_uuid(), v.email, v.name, v.role::role, NULL, v.locale, true, $1, c.first_month - 800, c.first_month - 800
    FROM jsonb_to_recordset($2::jsonb) AS v(email text, name text, role text, locale text), scale_ctx c
  UNION ALL
  SELECT p.user_id, p.email, p.display_name, CASE WHEN p.l = 1 THEN 'PARTNER_ADMIN' ELSE 'PARTNER_MEMBER' END::role,
         p.partner_id,
         CASE WHEN ${rnd('p.j', 23)} < CASE WHEN p.kind = 'SYSTEM_INTEGRATOR' THEN 0.4 ELSE 0.1 END THEN 'en' ELSE 'ja' END,
         true, $1, ${atHour('p.joined_on_', 2)}, ${atHour('p.joined_on_', 2)}
    FROM scale_consultant p`;

/** Linked to their accounts by e-mail, as an accepted invitation links them (set here, not by the trigger). */
const CONSULTANTS = `
  INSERT INTO consultant (id, partner_id, email, display_name, active, user_id, created_at, updated_at)
  SELECT p.id, p.partner_id, p.email, p.display_name, true, p.user_id, ${atHour('p.joined_on_', 2)}, ${atHour('p.joined_on_', 2)}
    FROM scale_consultant p`;

export async function seedPeople(w: ScaleWriter, passwordHash: string): Promise<void> {
  await w.prepare('people', PEOPLE);
  const vendor = VENDOR_PEOPLE.map((p) => ({ email: p.email, name: p.displayName, role: p.role, locale: p.locale }));
  await w.fill('user', USERS, [passwordHash, JSON.stringify(vendor)]);
  await w.fill('consultant', CONSULTANTS);
}
