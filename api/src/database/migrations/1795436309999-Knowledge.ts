import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Knowledge1795436309999 implements MigrationInterface {
  name = 'Knowledge1795436309999';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."article_kind" AS ENUM('HOW_TO', 'FAQ', 'KNOWN_ISSUE')`);
    await q.query(`CREATE TYPE "public"."article_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')`);
    await q.query(
      `CREATE TABLE "article" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."article_kind" NOT NULL, "status" "public"."article_status" NOT NULL DEFAULT 'DRAFT', "title_en" text NOT NULL DEFAULT '', "title_ja" text NOT NULL DEFAULT '', "body_en" text NOT NULL DEFAULT '', "body_ja" text NOT NULL DEFAULT '', "tags" text array NOT NULL DEFAULT '{}', "product_area" text NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_email" text, CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "article_status_published_at" ON "article"  ("status", "published_at") `);
    await q.query(`CREATE TYPE "public"."escalation_draft_outcome" AS ENUM('RAISED', 'ABANDONED')`);
    await q.query(
      `CREATE TABLE "escalation_draft" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "project_id" uuid NOT NULL, "started_by_email" text, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_article_opened_at" TIMESTAMP WITH TIME ZONE, "articles_opened" integer NOT NULL DEFAULT '0', "opened_article_ids" uuid array NOT NULL DEFAULT '{}', "outcome" "public"."escalation_draft_outcome", "escalation_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f0a9e6217ca02dfee520337dc4a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "escalation_draft_started_at" ON "escalation_draft"  ("started_at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."escalation_draft_started_at"`);
    await q.query(`DROP TABLE "escalation_draft"`);
    await q.query(`DROP TYPE "public"."escalation_draft_outcome"`);
    await q.query(`DROP INDEX "public"."article_status_published_at"`);
    await q.query(`DROP TABLE "article"`);
    await q.query(`DROP TYPE "public"."article_status"`);
    await q.query(`DROP TYPE "public"."article_kind"`);
  }
}
