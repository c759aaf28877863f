import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Announcements1795416669791 implements MigrationInterface {
  name = 'Announcements1795416669791';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "announcement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "body" text NOT NULL, "audience_tiers" smallint array NOT NULL DEFAULT '{}', "recertification_product_area" text, "certifications_marked" integer NOT NULL DEFAULT '0', "published_by_email" text, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e0ef0550174fd1099a308fd18a0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "announcement_published_at_idx" ON "announcement"  ("published_at") `);
    await q.query(
      `CREATE TABLE "announcement_acknowledgement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "announcement_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "user_id" uuid NOT NULL, "user_email" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_15ea9afba63c3462d350eaff3cc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "announcement_ack_partner_idx" ON "announcement_acknowledgement"  ("partner_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "announcement_ack_user_key" ON "announcement_acknowledgement"  ("announcement_id", "user_id") `,
    );
    await q.query(
      `ALTER TABLE "announcement_acknowledgement" ADD CONSTRAINT "FK_9865d10e4884b4905457ed9a8bd" FOREIGN KEY ("announcement_id") REFERENCES "announcement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "announcement_acknowledgement" DROP CONSTRAINT "FK_9865d10e4884b4905457ed9a8bd"`);
    await q.query(`DROP INDEX "public"."announcement_ack_user_key"`);
    await q.query(`DROP INDEX "public"."announcement_ack_partner_idx"`);
    await q.query(`DROP TABLE "announcement_acknowledgement"`);
    await q.query(`DROP INDEX "public"."announcement_published_at_idx"`);
    await q.query(`DROP TABLE "announcement"`);
  }
}
