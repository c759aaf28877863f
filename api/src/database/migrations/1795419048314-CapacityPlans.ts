import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CapacityPlans1795419048314 implements MigrationInterface {
  name = 'CapacityPlans1795419048314';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "capacity_offer_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "month" date NOT NULL, "product_line" text NOT NULL, "previous_slots" integer, "new_slots" integer NOT NULL, "changed_by_email" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6f78fdf19c6fc2cfa311826d32" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "capacity_offer_change_partner_idx" ON "capacity_offer_change"  ("partner_id", "at") `);
    await q.query(
      `CREATE TABLE "capacity_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "month" date NOT NULL, "product_line" text NOT NULL DEFAULT 'ALL', "slots_offered" integer NOT NULL, "slots_consumed" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_email" text, CONSTRAINT "capacity_plan_month_first_day" CHECK (month = date_trunc('month', month)), CONSTRAINT "capacity_plan_consumed_within_offer" CHECK (slots_consumed BETWEEN 0 AND slots_offered), CONSTRAINT "capacity_plan_slots_range" CHECK (slots_offered BETWEEN 0 AND 1000), CONSTRAINT "PK_36e4ddafc18d26be1f4e1f45743" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "capacity_plan_key" ON "capacity_plan"  ("partner_id", "month", "product_line") `,
    );
    await q.query(
      `ALTER TABLE "capacity_plan" ADD CONSTRAINT "FK_d3705260a8ebd26733cd56a9c3f" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "capacity_plan" DROP CONSTRAINT "FK_d3705260a8ebd26733cd56a9c3f"`);
    await q.query(`DROP INDEX "public"."capacity_plan_key"`);
    await q.query(`DROP TABLE "capacity_plan"`);
    await q.query(`DROP INDEX "public"."capacity_offer_change_partner_idx"`);
    await q.query(`DROP TABLE "capacity_offer_change"`);
  }
}
