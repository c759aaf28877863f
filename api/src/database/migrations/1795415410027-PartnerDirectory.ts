import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerDirectory1795415410027 implements MigrationInterface {
  name = 'PartnerDirectory1795415410027';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "partner_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "from_status" "public"."partner_status", "to_status" "public"."partner_status" NOT NULL, "reason" text NOT NULL, "changed_by_email" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4d6e7ba31afd2d077ff4d4ede09" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "partner_status_change_partner_idx" ON "partner_status_change"  ("partner_id", "at") `);
    await q.query(`ALTER TABLE "partner" ADD "tier" smallint`);
    await q.query(`ALTER TABLE "partner" ADD "headcount_at_start" integer`);
    await q.query(`ALTER TABLE "partner" ADD "contact_name" text`);
    await q.query(`ALTER TABLE "partner" ADD "contact_email" text`);
    await q.query(`ALTER TABLE "partner" ADD "contact_phone" text`);
    await q.query(`ALTER TABLE "partner" ADD "website" text`);
    await q.query(`ALTER TABLE "partner" ADD "description" text`);
    await q.query(`ALTER TABLE "partner" ADD "industries" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "partner" ADD "product_modules" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "partner" ADD "regions" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "partner" ADD "languages" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "partner" ADD "customer_size_bands" text array NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX "partner_status_idx" ON "partner"  ("status") `);
    await q.query(`CREATE INDEX "partner_name_idx" ON "partner"  ("name") `);
    await q.query(`ALTER TABLE "partner" ADD CONSTRAINT "partner_headcount_positive" CHECK (headcount_at_start >= 0)`);
    await q.query(`ALTER TABLE "partner" ADD CONSTRAINT "partner_tier_range" CHECK (tier BETWEEN 1 AND 5)`);
    await q.query(
      `ALTER TABLE "partner_status_change" ADD CONSTRAINT "FK_799623ed88fa011e52cca294c36" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "partner_status_change" DROP CONSTRAINT "FK_799623ed88fa011e52cca294c36"`);
    await q.query(`ALTER TABLE "partner" DROP CONSTRAINT "partner_tier_range"`);
    await q.query(`ALTER TABLE "partner" DROP CONSTRAINT "partner_headcount_positive"`);
    await q.query(`DROP INDEX "public"."partner_name_idx"`);
    await q.query(`DROP INDEX "public"."partner_status_idx"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "customer_size_bands"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "languages"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "regions"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "product_modules"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "industries"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "description"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "website"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "contact_phone"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "contact_email"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "contact_name"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "headcount_at_start"`);
    await q.query(`ALTER TABLE "partner" DROP COLUMN "tier"`);
    await q.query(`DROP INDEX "public"."partner_status_change_partner_idx"`);
    await q.query(`DROP TABLE "partner_status_change"`);
  }
}
