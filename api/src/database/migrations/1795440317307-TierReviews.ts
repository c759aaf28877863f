import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TierReviews1795440317307 implements MigrationInterface {
  name = 'TierReviews1795440317307';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "tier_definition_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "effective_from" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_email" text, CONSTRAINT "PK_5faffad0856cef5ee79498f6a11" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "tier_definition_set_version_key" ON "tier_definition_set"  ("version") `);
    await q.query(
      `CREATE TABLE "tier_definition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "set_id" uuid NOT NULL, "tier" smallint NOT NULL, "name_en" text NOT NULL, "name_ja" text NOT NULL, "min_on_time_rate" double precision, "max_escalations_per_project" double precision, "min_autonomous_share" double precision, "min_value_share" double precision, "min_mean_slots" double precision, "min_slot_stability" double precision, "reward_rate" double precision NOT NULL, CONSTRAINT "tier_definition_rates_range" CHECK (coalesce(min_on_time_rate, 0) BETWEEN 0 AND 1 AND coalesce(min_autonomous_share, 0) BETWEEN 0 AND 1 AND coalesce(min_value_share, 0) BETWEEN 0 AND 1 AND coalesce(min_slot_stability, 0) BETWEEN 0 AND 1 AND coalesce(max_escalations_per_project, 0) >= 0 AND coalesce(min_mean_slots, 0) >= 0), CONSTRAINT "tier_definition_reward_rate" CHECK (reward_rate > 0 AND reward_rate <= 10), CONSTRAINT "tier_definition_tier_range" CHECK (tier BETWEEN 1 AND 5), CONSTRAINT "PK_d26b7f7294396469aff7881aa2a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "tier_definition_key" ON "tier_definition"  ("set_id", "tier") `);
    await q.query(
      `CREATE TABLE "review_cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_by_email" text, CONSTRAINT "PK_e4b8b13e269c51839619f81114a" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE TYPE "public"."tier_review_status" AS ENUM('OPEN', 'FINALIZED')`);
    await q.query(`CREATE TYPE "public"."tier_decision" AS ENUM('APPROVED', 'OVERRIDDEN')`);
    await q.query(
      `CREATE TABLE "tier_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid, "partner_id" uuid NOT NULL, "period_from" date NOT NULL, "period_to" date NOT NULL, "definition_set_id" uuid NOT NULL, "evidence" jsonb NOT NULL, "proposed_tier" smallint NOT NULL, "previous_tier" smallint, "status" "public"."tier_review_status" NOT NULL DEFAULT 'OPEN', "decision" "public"."tier_decision", "decided_tier" smallint, "reason" text, "decided_by_email" text, "effective_from" date, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_by_email" text, "finalized_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "tier_review_override_reason" CHECK (decision IS DISTINCT FROM 'OVERRIDDEN' OR length(trim(reason)) > 0), CONSTRAINT "tier_review_decided_whole" CHECK ((status = 'FINALIZED') = (decided_tier IS NOT NULL AND decision IS NOT NULL AND finalized_at IS NOT NULL)), CONSTRAINT "tier_review_tiers" CHECK (proposed_tier BETWEEN 1 AND 5 AND coalesce(decided_tier, 1) BETWEEN 1 AND 5), CONSTRAINT "PK_c76cd70021532193b630f9682f5" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "tier_review_partner" ON "tier_review"  ("partner_id", "period_to") `);
    await q.query(
      `CREATE TABLE "partner_tier_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "tier" smallint NOT NULL, "previous_tier" smallint, "effective_from" date NOT NULL, "review_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changed_by_email" text, CONSTRAINT "partner_tier_change_tier" CHECK (tier BETWEEN 1 AND 5), CONSTRAINT "PK_9430d26dc3eaeb7a31da5257230" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "partner_tier_change_partner" ON "partner_tier_change"  ("partner_id", "effective_from") `,
    );
    await q.query(
      `ALTER TABLE "tier_definition" ADD CONSTRAINT "FK_5faffad0856cef5ee79498f6a11" FOREIGN KEY ("set_id") REFERENCES "tier_definition_set"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tier_review" ADD CONSTRAINT "FK_f87d33b1a7bb9b32390a8932f6d" FOREIGN KEY ("cycle_id") REFERENCES "review_cycle"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tier_review" ADD CONSTRAINT "FK_0ef9aba18b5dc25eaaaa92011f3" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "tier_review" ADD CONSTRAINT "FK_0e2f808545349bcbe973471ed06" FOREIGN KEY ("definition_set_id") REFERENCES "tier_definition_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "partner_tier_change" ADD CONSTRAINT "FK_d52f4593dba9939779e5d3abb01" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // A finalized review is final: the database refuses to change or delete it.
    await q.query(`CREATE FUNCTION tier_review_finalized_is_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'tier review % is finalized and cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`CREATE TRIGGER tier_review_finalized_is_final BEFORE UPDATE OR DELETE ON "tier_review"
      FOR EACH ROW WHEN (OLD.status = 'FINALIZED') EXECUTE FUNCTION tier_review_finalized_is_final()`);
    // The tier history is append-only, like the audit log.
    await q.query(`CREATE FUNCTION partner_tier_change_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the tier history is append-only' USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`CREATE TRIGGER partner_tier_change_append_only BEFORE UPDATE OR DELETE ON "partner_tier_change"
      FOR EACH ROW EXECUTE FUNCTION partner_tier_change_append_only()`);
    // The default tiers (DESIGN.md: five tiers on two axes, with a reward rate), version 1.
    await q.query(
      `INSERT INTO "tier_definition_set" (version, effective_from, created_by_email) VALUES (1, '2026-01-01', NULL)`,
    );
    await q.query(`INSERT INTO "tier_definition" (set_id, tier, name_en, name_ja, min_on_time_rate, max_escalations_per_project,
        min_autonomous_share, min_value_share, min_mean_slots, min_slot_stability, reward_rate)
      SELECT s.id, d.* FROM "tier_definition_set" s, (VALUES
        (1, 'Registered', '登録', NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::float8, 1.00::float8),
        (2, 'Certified', '認定', 0.6, 2.0, 0.3, 0.3, 2, 0.5, 1.05),
        (3, 'Silver', 'シルバー', 0.7, 1.5, 0.5, 0.5, 4, 0.6, 1.10),
        (4, 'Gold', 'ゴールド', 0.8, 1.0, 0.65, 0.65, 6, 0.7, 1.15),
        (5, 'Platinum', 'プラチナ', 0.9, 0.5, 0.8, 0.8, 10, 0.8, 1.25)
      ) AS d(tier, name_en, name_ja, a, b, c, e, f, g, r) WHERE s.version = 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER partner_tier_change_append_only ON "partner_tier_change"`);
    await q.query(`DROP FUNCTION partner_tier_change_append_only()`);
    await q.query(`DROP TRIGGER tier_review_finalized_is_final ON "tier_review"`);
    await q.query(`DROP FUNCTION tier_review_finalized_is_final()`);
    await q.query(`ALTER TABLE "partner_tier_change" DROP CONSTRAINT "FK_d52f4593dba9939779e5d3abb01"`);
    await q.query(`ALTER TABLE "tier_review" DROP CONSTRAINT "FK_0e2f808545349bcbe973471ed06"`);
    await q.query(`ALTER TABLE "tier_review" DROP CONSTRAINT "FK_0ef9aba18b5dc25eaaaa92011f3"`);
    await q.query(`ALTER TABLE "tier_review" DROP CONSTRAINT "FK_f87d33b1a7bb9b32390a8932f6d"`);
    await q.query(`ALTER TABLE "tier_definition" DROP CONSTRAINT "FK_5faffad0856cef5ee79498f6a11"`);
    await q.query(`DROP INDEX "public"."partner_tier_change_partner"`);
    await q.query(`DROP TABLE "partner_tier_change"`);
    await q.query(`DROP INDEX "public"."tier_review_partner"`);
    await q.query(`DROP TABLE "tier_review"`);
    await q.query(`DROP TYPE "public"."tier_decision"`);
    await q.query(`DROP TYPE "public"."tier_review_status"`);
    await q.query(`DROP TABLE "review_cycle"`);
    await q.query(`DROP INDEX "public"."tier_definition_key"`);
    await q.query(`DROP TABLE "tier_definition"`);
    await q.query(`DROP INDEX "public"."tier_definition_set_version_key"`);
    await q.query(`DROP TABLE "tier_definition_set"`);
  }
}
