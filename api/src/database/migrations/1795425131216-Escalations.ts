import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Escalations1795425131216 implements MigrationInterface {
  name = 'Escalations1795425131216';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."escalation_category" AS ENUM('PRODUCT_QUESTION', 'DEFECT', 'DATA_PROBLEM', 'OTHER')`,
    );
    await q.query(
      `CREATE TABLE "escalation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "category" "public"."escalation_category" NOT NULL, "subject" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "raised_by_email" text, "first_response_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_email" text, CONSTRAINT "PK_2c9a4d9277ed8620a8a72813864" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "escalation_open" ON "escalation"  ("created_at") WHERE resolved_at IS NULL`);
    await q.query(`CREATE INDEX "escalation_project" ON "escalation"  ("project_id") `);
    await q.query(
      `CREATE TABLE "escalation_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "escalation_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "from_vendor" boolean NOT NULL, "author_email" text, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_163c23a1fc62910796f888b8ae5" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "escalation_message_escalation" ON "escalation_message"  ("escalation_id", "created_at") `,
    );
    await q.query(
      `ALTER TABLE "escalation" ADD CONSTRAINT "FK_44315778bc95eabe0cd34fc7ad8" FOREIGN KEY ("project_id") REFERENCES "onboarding_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "escalation_message" ADD CONSTRAINT "FK_03ad9970363919672777162f3ff" FOREIGN KEY ("escalation_id") REFERENCES "escalation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "escalation_message" DROP CONSTRAINT "FK_03ad9970363919672777162f3ff"`);
    await q.query(`ALTER TABLE "escalation" DROP CONSTRAINT "FK_44315778bc95eabe0cd34fc7ad8"`);
    await q.query(`DROP INDEX "public"."escalation_message_escalation"`);
    await q.query(`DROP TABLE "escalation_message"`);
    await q.query(`DROP INDEX "public"."escalation_project"`);
    await q.query(`DROP INDEX "public"."escalation_open"`);
    await q.query(`DROP TABLE "escalation"`);
    await q.query(`DROP TYPE "public"."escalation_category"`);
  }
}
