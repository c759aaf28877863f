import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomersAndAssignments1795421936454 implements MigrationInterface {
  name = 'CustomersAndAssignments1795421936454';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "customer_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "external_id" text, "company_name" text NOT NULL, "industry" text NOT NULL, "employee_band" text NOT NULL, "prefecture" text NOT NULL, "products" text array NOT NULL DEFAULT '{}', "contract_date" date NOT NULL, "segment" text NOT NULL, "partner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "customer_account_has_product" CHECK (cardinality(products) > 0), CONSTRAINT "PK_875fa8dea881cc80d36eb5e0c68" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "customer_account_partner" ON "customer_account"  ("partner_id") `);
    await q.query(
      `CREATE INDEX "customer_account_queue" ON "customer_account"  ("contract_date") WHERE partner_id IS NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX "customer_account_external_id_key" ON "customer_account"  ("external_id") `);
    await q.query(
      `CREATE TYPE "public"."assignment_status" AS ENUM('ACTIVE', 'COMPLETED', 'CANCELLED', 'REASSIGNED', 'DECLINED')`,
    );
    await q.query(`CREATE TYPE "public"."assignment_source" AS ENUM('MANUAL', 'AUTO')`);
    await q.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "lead_consultant_id" uuid NOT NULL, "month" date NOT NULL, "capacity_plan_id" uuid NOT NULL, "status" "public"."assignment_status" NOT NULL DEFAULT 'ACTIVE', "source" "public"."assignment_source" NOT NULL DEFAULT 'MANUAL', "fit" real, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "assigned_by_email" text, "decline_by" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_by_email" text, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_email" text, "end_reason" text, "replaced_by_id" uuid, CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "assignment_customer" ON "assignment"  ("customer_id") `);
    await q.query(`CREATE INDEX "assignment_partner_status" ON "assignment"  ("partner_id", "status") `);
    await q.query(
      `CREATE UNIQUE INDEX "assignment_one_active_per_customer" ON "assignment"  ("customer_id") WHERE status = 'ACTIVE'`,
    );
    await q.query(`CREATE TYPE "public"."assignment_batch_state" AS ENUM('RUNNING', 'DONE', 'FAILED')`);
    await q.query(
      `CREATE TABLE "assignment_batch" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "total" integer NOT NULL, "done" integer NOT NULL DEFAULT '0', "state" "public"."assignment_batch_state" NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4a824d5996ac9d30e02bb36db15" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "assignment_settings" ("id" smallint NOT NULL DEFAULT '1', "weight_industry" smallint NOT NULL DEFAULT '20', "weight_products" smallint NOT NULL DEFAULT '20', "weight_certified" smallint NOT NULL DEFAULT '20', "weight_region" smallint NOT NULL DEFAULT '15', "weight_tier" smallint NOT NULL DEFAULT '15', "weight_capacity" smallint NOT NULL DEFAULT '10', "decline_window_days" smallint NOT NULL DEFAULT '5', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_email" text, CONSTRAINT "assignment_settings_decline_days" CHECK (decline_window_days BETWEEN 0 AND 30), CONSTRAINT "assignment_settings_weights_range" CHECK (weight_industry BETWEEN 0 AND 100 AND weight_products BETWEEN 0 AND 100 AND weight_certified BETWEEN 0 AND 100 AND weight_region BETWEEN 0 AND 100 AND weight_tier BETWEEN 0 AND 100 AND weight_capacity BETWEEN 0 AND 100), CONSTRAINT "assignment_settings_single_row" CHECK (id = 1), CONSTRAINT "PK_a17106ed8f6c9a2f77e6dfd1a8a" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "customer_account" ADD CONSTRAINT "FK_a470027cb6947015526898ec0f3" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_ca91974c83b663a2884f3f312ca" FOREIGN KEY ("customer_id") REFERENCES "customer_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_27205d319cf4a10494bbb181b12" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_505d762428f528b64350547f267" FOREIGN KEY ("lead_consultant_id") REFERENCES "consultant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_e7b2b369d5dc15c1bdbbec91f3b" FOREIGN KEY ("capacity_plan_id") REFERENCES "capacity_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The program's one settings row (by hand: schema generation knows no data).
    await q.query(`INSERT INTO "assignment_settings" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_e7b2b369d5dc15c1bdbbec91f3b"`);
    await q.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_505d762428f528b64350547f267"`);
    await q.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_27205d319cf4a10494bbb181b12"`);
    await q.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_ca91974c83b663a2884f3f312ca"`);
    await q.query(`ALTER TABLE "customer_account" DROP CONSTRAINT "FK_a470027cb6947015526898ec0f3"`);
    await q.query(`DROP TABLE "assignment_settings"`);
    await q.query(`DROP TABLE "assignment_batch"`);
    await q.query(`DROP TYPE "public"."assignment_batch_state"`);
    await q.query(`DROP INDEX "public"."assignment_one_active_per_customer"`);
    await q.query(`DROP INDEX "public"."assignment_partner_status"`);
    await q.query(`DROP INDEX "public"."assignment_customer"`);
    await q.query(`DROP TABLE "assignment"`);
    await q.query(`DROP TYPE "public"."assignment_source"`);
    await q.query(`DROP TYPE "public"."assignment_status"`);
    await q.query(`DROP INDEX "public"."customer_account_external_id_key"`);
    await q.query(`DROP INDEX "public"."customer_account_queue"`);
    await q.query(`DROP INDEX "public"."customer_account_partner"`);
    await q.query(`DROP TABLE "customer_account"`);
  }
}
