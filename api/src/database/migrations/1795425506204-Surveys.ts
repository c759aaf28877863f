import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Surveys1795425506204 implements MigrationInterface {
  name = 'Surveys1795425506204';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."survey_kind" AS ENUM('PHASE', 'END')`);
    await q.query(
      `CREATE TABLE "survey" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "kind" "public"."survey_kind" NOT NULL, "phase_position" smallint, "token" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "csat" smallint, "nps" smallint, "worries" text, "evaluation" text, CONSTRAINT "survey_answered_whole" CHECK ((answered_at IS NULL) = (csat IS NULL) AND (answered_at IS NULL) = (nps IS NULL)), CONSTRAINT "survey_nps" CHECK (nps IS NULL OR nps BETWEEN 0 AND 10), CONSTRAINT "survey_csat" CHECK (csat IS NULL OR csat BETWEEN 1 AND 5), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "survey_project" ON "survey"  ("project_id") `);
    await q.query(`CREATE UNIQUE INDEX "survey_token_key" ON "survey"  ("token") `);
    await q.query(`ALTER TABLE "template_phase" ADD "survey_on_completion" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "project_phase" ADD "survey_on_completion" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "survey" ADD CONSTRAINT "FK_5730d441413a362500f34b7186c" FOREIGN KEY ("project_id") REFERENCES "onboarding_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The default template surveys the customer after requirements and after the lectures (by hand).
    await q.query(`UPDATE "template_phase" SET "survey_on_completion" = true WHERE "position" IN (2, 4)
      AND "template_id" = (SELECT "id" FROM "onboarding_template" WHERE "version" = 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "survey" DROP CONSTRAINT "FK_5730d441413a362500f34b7186c"`);
    await q.query(`ALTER TABLE "project_phase" DROP COLUMN "survey_on_completion"`);
    await q.query(`ALTER TABLE "template_phase" DROP COLUMN "survey_on_completion"`);
    await q.query(`DROP INDEX "public"."survey_token_key"`);
    await q.query(`DROP INDEX "public"."survey_project"`);
    await q.query(`DROP TABLE "survey"`);
    await q.query(`DROP TYPE "public"."survey_kind"`);
  }
}
