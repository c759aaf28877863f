import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1795415758525 implements MigrationInterface {
  name = 'Invitations1795415758525';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "role" "public"."role" NOT NULL, "partner_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "invited_by_email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invitation_partner_role" CHECK (role IN ('PARTNER_ADMIN', 'PARTNER_MEMBER')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "invitation_email_idx" ON "invitation"  ("email") `);
    await q.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"  ("token_hash") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await q.query(`DROP INDEX "public"."invitation_email_idx"`);
    await q.query(`DROP TABLE "invitation"`);
  }
}
