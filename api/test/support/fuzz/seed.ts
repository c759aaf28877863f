import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '@baton/shared';
import { insertApplication } from '../applications';
import type { Fixtures } from '../fixtures';
import type { GraphQLClient } from '../graphql-client';
import { currentMonth } from '../../../src/capacity/month';
import type { Partner } from '../../../src/partners/partner.entity';
import { TrainingModuleKind } from '../../../src/training/training-module.entity';
import { TrainingStatus } from '../../../src/training/training-record.entity';

const nextMonth = () => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
};

/**
 * A small program with rows of every kind for partner A and partner B (projects with phases,
 * escalations, drafts, issues, surveys, meetings, training, certifications, assignments, plans,
 * invitations, tier reviews) and program-wide ones (articles, announcements, applications, an
 * API key), so that ids picked from the database reach real rows of both firms.
 * Answers the one-time tokens only their creator knows (invitation links).
 */
export async function seedProgram(db: DataSource, fx: Fixtures, admin: GraphQLClient): Promise<string[]> {
  const tokens: string[] = [];
  const memberConsultant = await fx.createConsultant(fx.partnerA, fx.users.partnerAMember);
  await fx.createCertification(memberConsultant, 'ACCOUNTING');

  for (const partner of [fx.partnerA, fx.partnerB] as Partner[]) {
    await fx.offer(partner, currentMonth(), 50);
    await fx.offer(partner, nextMonth(), 20, 'PAYROLL');
    const lead = partner === fx.partnerA ? memberConsultant.id : undefined;
    const projects = [await fx.createProject(partner, { leadConsultantId: lead }), await fx.createProject(partner)];
    await fx.createAssignment(partner);
    const p = projects[0];
    const [escalation] = await db.query(
      `INSERT INTO escalation (project_id, partner_id, category, subject) VALUES ($1, $2, 'DEFECT', 'Fuzz escalation') RETURNING id`,
      [p.id, partner.id],
    );
    await db.query(
      `INSERT INTO escalation_message (escalation_id, partner_id, from_vendor, body) VALUES ($1, $2, false, 'Help')`,
      [escalation.id, partner.id],
    );
    await db.query(
      `INSERT INTO escalation_draft (partner_id, project_id, started_at, last_activity_at) VALUES ($1, $2, now(), now())`,
      [partner.id, p.id],
    );
    await db.query(`INSERT INTO project_issue (project_id, partner_id, title) VALUES ($1, $2, 'Fuzz issue')`, [
      p.id,
      partner.id,
    ]);
    await db.query(
      `UPDATE project_phase SET completed_on = current_date, summary = 'done' WHERE project_id = $1 AND position = 1`,
      [projects[1].id],
    );
    for (const kind of ['END', 'PHASE']) {
      await db.query(
        `INSERT INTO survey (project_id, partner_id, kind, token, expires_at) VALUES ($1, $2, $3, $4, now() + interval '30 days')`,
        [p.id, partner.id, kind, randomUUID() + randomUUID()],
      );
    }
    const [meeting] = await db.query(
      `INSERT INTO meeting (partner_id, date, title) VALUES ($1, current_date, 'Fuzz meeting') RETURNING id`,
      [partner.id],
    );
    await db.query(
      `INSERT INTO action_item (meeting_id, partner_id, description, owner) VALUES ($1, $2, 'Fuzz item', 'Owner')`,
      [meeting.id, partner.id],
    );
    const consultant = await fx.createConsultant(partner);
    await fx.createCertification(consultant, 'HR');
    const rolePlay = await fx.createTrainingModule('PAYROLL', TrainingModuleKind.ROLE_PLAY);
    await fx.createTrainingRecord(consultant, rolePlay, TrainingStatus.COMPLETED);
    await fx.createCustomer({ partnerId: partner.id });
    // Through the API: a review freezes real evidence when it opens.
    const review = await admin.request(
      `mutation ($i: OpenTierReviewInput!) { openTierReview(input: $i) { __typename } }`,
      { i: { partnerId: partner.id, periodFrom: '2026-01-01', periodTo: '2026-03-31' } },
    );
    if (review.errors) throw new Error(`seed: openTierReview failed: ${review.raw}`);
    tokens.push(await fx.createInvitation(partner), await fx.createInvitation(partner, Role.PARTNER_ADMIN));
    await fx.createUser(Role.PARTNER_MEMBER, partner);
  }

  // Program-wide rows and a queue of customers nobody holds yet.
  for (let i = 0; i < 3; i++) await fx.createCustomer();
  await fx.createCurriculum('INVOICING');
  await fx.createTrainingModule('ACCOUNTING', TrainingModuleKind.OJT);
  await fx.createAnnouncement();
  for (const status of ['DRAFT', 'PUBLISHED']) {
    await db.query(
      `INSERT INTO article (kind, status, title_en, title_ja, body_en, body_ja, product_area, tags, published_at)
       VALUES ('FAQ', $1, 'Fuzz article', 'ファズ記事', 'Body', '本文', 'PAYROLL', '{fuzz}', $2)`,
      [status, status === 'PUBLISHED' ? new Date() : null],
    );
  }
  await insertApplication(db);
  await insertApplication(db, { scored: true });
  const secret = `baton_${randomBytes(18).toString('base64url')}`;
  await db.query(
    `INSERT INTO integration_key (name, prefix, secret_hash, created_by_email) VALUES ('fuzz', $1, $2, 'fuzz@example.com')`,
    [secret.slice(0, 12), createHash('sha256').update(secret).digest('hex')],
  );
  await fx.createPartner();
  await fx.createUser(Role.VENDOR_STAFF);
  return tokens;
}
