import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerApplications1795416001888 implements MigrationInterface {
  name = 'PartnerApplications1795416001888';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TYPE "public"."partner_application_status" AS ENUM('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED')`,
    );
    await q.query(
      `CREATE TABLE "partner_application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "firm_name" text NOT NULL, "kind" "public"."partner_kind" NOT NULL, "contact_name" text NOT NULL, "contact_email" text NOT NULL, "contact_phone" text, "headcount_at_start" integer NOT NULL, "monthly_capacity" integer NOT NULL, "industries" text array NOT NULL DEFAULT '{}', "product_modules" text array NOT NULL DEFAULT '{}', "regions" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "customer_size_bands" text array NOT NULL DEFAULT '{}', "expansion_plans" text, "status" "public"."partner_application_status" NOT NULL DEFAULT 'SUBMITTED', "decision_reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_email" text, "created_partner_id" uuid, "ip" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partner_application_decision" CHECK ((status IN ('APPROVED', 'REJECTED')) = (decided_at IS NOT NULL) AND (status <> 'APPROVED' OR created_partner_id IS NOT NULL) AND (status <> 'REJECTED' OR decision_reason IS NOT NULL)), CONSTRAINT "partner_application_headcount_range" CHECK (headcount_at_start BETWEEN 0 AND 100000), CONSTRAINT "partner_application_capacity_range" CHECK (monthly_capacity BETWEEN 0 AND 1000), CONSTRAINT "PK_4b0fa38d5a3e0e83fb68c49575f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "partner_application_ip_idx" ON "partner_application"  ("ip", "created_at") `);
    await q.query(`CREATE INDEX "partner_application_status_idx" ON "partner_application"  ("status", "created_at") `);
    await q.query(
      `CREATE UNIQUE INDEX "partner_application_created_partner_key" ON "partner_application"  ("created_partner_id") `,
    );
    await q.query(`CREATE UNIQUE INDEX "partner_application_reference_key" ON "partner_application"  ("reference") `);
    await q.query(
      `CREATE TYPE "public"."selection_criterion" AS ENUM('DOMAIN_EXPERTISE', 'PROJECT_MANAGEMENT', 'COMMUNICATION', 'HEADCOUNT_AT_START', 'STABLE_MONTHLY_CAPACITY', 'WILLINGNESS_TO_EXPAND')`,
    );
    await q.query(
      `CREATE TABLE "partner_application_score" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "criterion" "public"."selection_criterion" NOT NULL, "score" smallint NOT NULL, "note" text NOT NULL, "scored_by_email" text, "scored_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partner_application_score_range" CHECK (score BETWEEN 1 AND 5), CONSTRAINT "PK_020bd20e64adf7cd16bda2b2466" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "partner_application_score_key" ON "partner_application_score"  ("application_id", "criterion") `,
    );
    await q.query(
      `ALTER TABLE "partner_application" ADD CONSTRAINT "FK_4e235de19c0f82f060cbe137333" FOREIGN KEY ("created_partner_id") REFERENCES "partner"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "partner_application_score" ADD CONSTRAINT "FK_3586c4762bc7c5a19c75146c7c9" FOREIGN KEY ("application_id") REFERENCES "partner_application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "partner_application_score" DROP CONSTRAINT "FK_3586c4762bc7c5a19c75146c7c9"`);
    await q.query(`ALTER TABLE "partner_application" DROP CONSTRAINT "FK_4e235de19c0f82f060cbe137333"`);
    await q.query(`DROP INDEX "public"."partner_application_score_key"`);
    await q.query(`DROP TABLE "partner_application_score"`);
    await q.query(`DROP TYPE "public"."selection_criterion"`);
    await q.query(`DROP INDEX "public"."partner_application_reference_key"`);
    await q.query(`DROP INDEX "public"."partner_application_created_partner_key"`);
    await q.query(`DROP INDEX "public"."partner_application_status_idx"`);
    await q.query(`DROP INDEX "public"."partner_application_ip_idx"`);
    await q.query(`DROP TABLE "partner_application"`);
    await q.query(`DROP TYPE "public"."partner_application_status"`);
  }
}
