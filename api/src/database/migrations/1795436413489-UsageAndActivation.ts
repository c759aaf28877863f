import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UsageAndActivation1795436413489 implements MigrationInterface {
  name = 'UsageAndActivation1795436413489';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "activation_settings" ("id" smallint NOT NULL DEFAULT '1', "threshold" smallint NOT NULL DEFAULT '60', "window_days" smallint NOT NULL DEFAULT '90', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_email" text, CONSTRAINT "activation_settings_window_range" CHECK (window_days BETWEEN 1 AND 365), CONSTRAINT "activation_settings_threshold_range" CHECK (threshold BETWEEN 1 AND 100), CONSTRAINT "activation_settings_single_row" CHECK (id = 1), CONSTRAINT "PK_58158e5407c99e38c1a62e75cc1" PRIMARY KEY ("id"))`,
    );
    // The program's one row of settings (threshold 60, window 90 days): read everywhere, edited by vendor admins.
    await q.query(`INSERT INTO "activation_settings" ("id") VALUES (1)`);
    await q.query(
      `CREATE TABLE "integration_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "prefix" text NOT NULL, "secret_hash" text NOT NULL, "created_by_email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_email" text, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_660db1756b5207f586277d7b94c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "integration_key_hash_key" ON "integration_key"  ("secret_hash") `);
    await q.query(`CREATE TYPE "public"."usage_source" AS ENUM('CSV', 'API')`);
    await q.query(
      `CREATE TABLE "usage_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "customer_id" uuid NOT NULL, "taken_on" date NOT NULL, "utilization" smallint NOT NULL, "metrics" jsonb, "source" "public"."usage_source" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "usage_snapshot_customer_day_key" UNIQUE ("customer_id", "taken_on"), CONSTRAINT "usage_snapshot_utilization_range" CHECK (utilization BETWEEN 0 AND 100), CONSTRAINT "PK_71754ef62d7f6b77ffec531e85b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "usage_snapshot" ADD CONSTRAINT "FK_f401fd7f120adc0feb30bf24279" FOREIGN KEY ("customer_id") REFERENCES "customer_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "usage_snapshot" DROP CONSTRAINT "FK_f401fd7f120adc0feb30bf24279"`);
    await q.query(`DROP TABLE "usage_snapshot"`);
    await q.query(`DROP TYPE "public"."usage_source"`);
    await q.query(`DROP INDEX "public"."integration_key_hash_key"`);
    await q.query(`DROP TABLE "integration_key"`);
    await q.query(`DROP TABLE "activation_settings"`);
  }
}
