import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A firm's scorecard and its row-level-security reads: phases by due day and answers by day, per firm. */
export class FirmScorecardIndexes1795474328656 implements MigrationInterface {
  name = 'FirmScorecardIndexes1795474328656';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "survey_partner_answered" ON "survey"  ("partner_id", "answered_at") `);
    await q.query(`CREATE INDEX "project_phase_partner_due" ON "project_phase"  ("partner_id", "due_date") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."project_phase_partner_due"`);
    await q.query(`DROP INDEX "public"."survey_partner_answered"`);
  }
}
