import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795412885687 implements MigrationInterface {
  name = 'Foundation1795412885687';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" text, "actor_role" text, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_905deda75b16075725a02ef38a0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "audit_log_entry_actor_idx" ON "audit_log_entry"  ("actor_id", "at") `);
    await q.query(`CREATE INDEX "audit_log_entry_entity_idx" ON "audit_log_entry"  ("entity_type", "entity_id") `);
    await q.query(`CREATE INDEX "audit_log_entry_at_idx" ON "audit_log_entry"  ("at") `);
    await q.query(
      `CREATE TYPE "public"."partner_kind" AS ENUM('ACCOUNTING_FIRM', 'TAX_ACCOUNTANT_OFFICE', 'LABOR_CONSULTANT_OFFICE', 'SYSTEM_INTEGRATOR', 'OTHER')`,
    );
    await q.query(
      `CREATE TYPE "public"."partner_status" AS ENUM('APPLICANT', 'UNDER_REVIEW', 'ACTIVE', 'SUSPENDED', 'OFFBOARDED')`,
    );
    await q.query(
      `CREATE TABLE "partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" "public"."partner_kind" NOT NULL, "status" "public"."partner_status" NOT NULL DEFAULT 'APPLICANT', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f34ff11ddd5459eacbfacd48ca" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TYPE "public"."role" AS ENUM('VENDOR_ADMIN', 'VENDOR_STAFF', 'PARTNER_ADMIN', 'PARTNER_MEMBER', 'AUDITOR')`,
    );
    await q.query(
      `CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."role" NOT NULL, "partner_id" uuid, "locale" text NOT NULL DEFAULT 'ja', "active" boolean NOT NULL DEFAULT true, "password_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_partner_matches_role" CHECK ((role IN ('PARTNER_ADMIN', 'PARTNER_MEMBER')) = (partner_id IS NOT NULL)), CONSTRAINT "user_locale_known" CHECK (locale IN ('ja', 'en')), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "user_email_key" ON "user"  ("email") `);
    await q.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "session_token_hash_key" ON "session"  ("token_hash") `);
    await q.query(`CREATE INDEX "session_user_id_idx" ON "session"  ("user_id") `);
    await q.query(
      `CREATE TABLE "sign_in_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "sign_in_attempt_ip_at_idx" ON "sign_in_attempt"  ("ip", "at") `);
    await q.query(`CREATE INDEX "sign_in_attempt_email_at_idx" ON "sign_in_attempt"  ("email", "at") `);
    await q.query(
      `ALTER TABLE "user" ADD CONSTRAINT "FK_b512a254641f366fb1de78a2a25" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit log is append-only, held by the database itself.
    await q.query(`CREATE FUNCTION audit_log_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await q.query(`CREATE TRIGGER audit_log_entry_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log_entry"
      FOR EACH ROW EXECUTE FUNCTION audit_log_entry_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_entry_no_truncate BEFORE TRUNCATE ON "audit_log_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_entry_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_entry_no_truncate ON "audit_log_entry"`);
    await q.query(`DROP TRIGGER audit_log_entry_no_update_delete ON "audit_log_entry"`);
    await q.query(`DROP FUNCTION audit_log_entry_append_only()`);
    await q.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await q.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_b512a254641f366fb1de78a2a25"`);
    await q.query(`DROP INDEX "public"."sign_in_attempt_email_at_idx"`);
    await q.query(`DROP INDEX "public"."sign_in_attempt_ip_at_idx"`);
    await q.query(`DROP TABLE "sign_in_attempt"`);
    await q.query(`DROP INDEX "public"."session_user_id_idx"`);
    await q.query(`DROP INDEX "public"."session_token_hash_key"`);
    await q.query(`DROP TABLE "session"`);
    await q.query(`DROP INDEX "public"."user_email_key"`);
    await q.query(`DROP TABLE "user"`);
    await q.query(`DROP TYPE "public"."role"`);
    await q.query(`DROP TABLE "partner"`);
    await q.query(`DROP TYPE "public"."partner_status"`);
    await q.query(`DROP TYPE "public"."partner_kind"`);
    await q.query(`DROP INDEX "public"."audit_log_entry_at_idx"`);
    await q.query(`DROP INDEX "public"."audit_log_entry_entity_idx"`);
    await q.query(`DROP INDEX "public"."audit_log_entry_actor_idx"`);
    await q.query(`DROP TABLE "audit_log_entry"`);
  }
}
