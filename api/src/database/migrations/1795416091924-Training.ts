import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795416091924 implements MigrationInterface {
  name = 'Training1795416091924';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "consultant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fc6968da0e8b2cb9315222e4bc9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "consultant_user_idx" ON "consultant"  ("user_id") `);
    await q.query(`CREATE UNIQUE INDEX "consultant_partner_email_key" ON "consultant"  ("partner_id", "email") `);
    await q.query(
      `CREATE TABLE "curriculum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_area" text NOT NULL, "name" text NOT NULL, "description" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea7cdfd52edbddc8d7352e2a747" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "curriculum_product_area_key" ON "curriculum"  ("product_area") `);
    await q.query(
      `CREATE TABLE "skill_certification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "consultant_id" uuid NOT NULL, "product_area" text NOT NULL, "certified_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "signed_off_by_email" text, "needs_renewal" boolean NOT NULL DEFAULT false, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "skill_certification_expiry_after_start" CHECK (expires_at > certified_at), CONSTRAINT "PK_3a2bef1cd8102c7698e400dbc9b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "skill_certification_product_area_idx" ON "skill_certification"  ("product_area") `);
    await q.query(`CREATE INDEX "skill_certification_partner_idx" ON "skill_certification"  ("partner_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "skill_certification_consultant_area_key" ON "skill_certification"  ("consultant_id", "product_area") `,
    );
    await q.query(`CREATE TYPE "public"."training_module_kind" AS ENUM('ONLINE_COURSE', 'ROLE_PLAY', 'OJT')`);
    await q.query(
      `CREATE TABLE "training_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "product_area" text NOT NULL, "kind" "public"."training_module_kind" NOT NULL, "title" text NOT NULL, "description" text, "pass_criteria" text NOT NULL, "required" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "training_module_sort_order_positive" CHECK (sort_order >= 0), CONSTRAINT "PK_9b8d0e5f39fcbabed5e61c1f929" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "training_module_product_area_idx" ON "training_module"  ("product_area", "sort_order") `,
    );
    await q.query(
      `CREATE TYPE "public"."training_status" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'PASSED', 'FAILED')`,
    );
    await q.query(
      `CREATE TABLE "training_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "consultant_id" uuid NOT NULL, "module_id" uuid NOT NULL, "status" "public"."training_status" NOT NULL, "date" date, "score" smallint, "note" text, "recorded_by_email" text, "confirmed_by_email" text, "confirmed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "training_record_score_range" CHECK (score BETWEEN 0 AND 100), CONSTRAINT "PK_bb21cf01b9f9eaec90b518a9426" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "training_record_module_idx" ON "training_record"  ("module_id") `);
    await q.query(`CREATE INDEX "training_record_partner_idx" ON "training_record"  ("partner_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "training_record_consultant_module_key" ON "training_record"  ("consultant_id", "module_id") `,
    );
    await q.query(
      `ALTER TABLE "consultant" ADD CONSTRAINT "FK_bf400d07a2bd2f89f533ce05885" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "consultant" ADD CONSTRAINT "FK_2f909076dfc9f4cb2dd37aa2778" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skill_certification" ADD CONSTRAINT "FK_eb601dfb0c85004278a4b11a004" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "skill_certification" ADD CONSTRAINT "FK_a168691aaac9be015ea4c61c9bf" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_module" ADD CONSTRAINT "FK_cb0ad9a3d91592e116a7566e2ce" FOREIGN KEY ("product_area") REFERENCES "curriculum"("product_area") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_record" ADD CONSTRAINT "FK_730c5e31f1321f63766e7f729f0" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_record" ADD CONSTRAINT "FK_5980f68bf9b1457e8bb1421d6ea" FOREIGN KEY ("consultant_id") REFERENCES "consultant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "training_record" ADD CONSTRAINT "FK_e8271714e19a467ea2dc5a21694" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A consultant's account is the user of the same firm and e-mail, whoever creates either first
    // (an accepted invitation, the vendor admin, the seed): the database keeps the link.
    await q.query(`CREATE FUNCTION consultant_link_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.user_id IS NULL THEN
          SELECT u.id INTO NEW.user_id FROM "user" u WHERE u.email = NEW.email AND u.partner_id = NEW.partner_id;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER consultant_link_user BEFORE INSERT ON "consultant"
      FOR EACH ROW EXECUTE FUNCTION consultant_link_user()`);
    await q.query(`CREATE FUNCTION user_link_consultant() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.partner_id IS NOT NULL THEN
          UPDATE "consultant" SET user_id = NEW.id
            WHERE partner_id = NEW.partner_id AND email = NEW.email AND user_id IS NULL;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER user_link_consultant AFTER INSERT OR UPDATE OF email, partner_id ON "user"
      FOR EACH ROW EXECUTE FUNCTION user_link_consultant()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER user_link_consultant ON "user"`);
    await q.query(`DROP FUNCTION user_link_consultant()`);
    await q.query(`DROP TRIGGER consultant_link_user ON "consultant"`);
    await q.query(`DROP FUNCTION consultant_link_user()`);
    await q.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_e8271714e19a467ea2dc5a21694"`);
    await q.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_5980f68bf9b1457e8bb1421d6ea"`);
    await q.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_730c5e31f1321f63766e7f729f0"`);
    await q.query(`ALTER TABLE "training_module" DROP CONSTRAINT "FK_cb0ad9a3d91592e116a7566e2ce"`);
    await q.query(`ALTER TABLE "skill_certification" DROP CONSTRAINT "FK_a168691aaac9be015ea4c61c9bf"`);
    await q.query(`ALTER TABLE "skill_certification" DROP CONSTRAINT "FK_eb601dfb0c85004278a4b11a004"`);
    await q.query(`ALTER TABLE "consultant" DROP CONSTRAINT "FK_2f909076dfc9f4cb2dd37aa2778"`);
    await q.query(`ALTER TABLE "consultant" DROP CONSTRAINT "FK_bf400d07a2bd2f89f533ce05885"`);
    await q.query(`DROP INDEX "public"."training_record_consultant_module_key"`);
    await q.query(`DROP INDEX "public"."training_record_partner_idx"`);
    await q.query(`DROP INDEX "public"."training_record_module_idx"`);
    await q.query(`DROP TABLE "training_record"`);
    await q.query(`DROP TYPE "public"."training_status"`);
    await q.query(`DROP INDEX "public"."training_module_product_area_idx"`);
    await q.query(`DROP TABLE "training_module"`);
    await q.query(`DROP TYPE "public"."training_module_kind"`);
    await q.query(`DROP INDEX "public"."skill_certification_consultant_area_key"`);
    await q.query(`DROP INDEX "public"."skill_certification_partner_idx"`);
    await q.query(`DROP INDEX "public"."skill_certification_product_area_idx"`);
    await q.query(`DROP TABLE "skill_certification"`);
    await q.query(`DROP INDEX "public"."curriculum_product_area_key"`);
    await q.query(`DROP TABLE "curriculum"`);
    await q.query(`DROP INDEX "public"."consultant_partner_email_key"`);
    await q.query(`DROP INDEX "public"."consultant_user_idx"`);
    await q.query(`DROP TABLE "consultant"`);
  }
}
