import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OnboardingProjects1795424586747 implements MigrationInterface {
  name = 'OnboardingProjects1795424586747';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "onboarding_template" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer NOT NULL, "name" text NOT NULL, "current" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_email" text, CONSTRAINT "PK_e8990d3dc498f47f142e1d862a6" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "onboarding_template_one_current" ON "onboarding_template"  ("current") WHERE current`,
    );
    await q.query(`CREATE UNIQUE INDEX "onboarding_template_version_key" ON "onboarding_template"  ("version") `);
    await q.query(
      `CREATE TABLE "template_phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "template_id" uuid NOT NULL, "position" smallint NOT NULL, "name_en" text NOT NULL, "name_ja" text NOT NULL, "due_day" smallint NOT NULL, CONSTRAINT "template_phase_due_day" CHECK (due_day BETWEEN 1 AND 730), CONSTRAINT "PK_d0740acb72e057a2a5e2e9db96c" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "template_phase_key" ON "template_phase"  ("template_id", "position") `);
    await q.query(
      `CREATE TABLE "onboarding_project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "lead_consultant_id" uuid NOT NULL, "team_consultant_ids" uuid array NOT NULL DEFAULT '{}', "template_id" uuid NOT NULL, "start_date" date NOT NULL, "churned_at" TIMESTAMP WITH TIME ZONE, "churn_reason" text, "churned_by_email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ef4cd8111d5e42ae2ca311fc956" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "onboarding_project_partner" ON "onboarding_project"  ("partner_id", "start_date") `);
    await q.query(
      `CREATE UNIQUE INDEX "onboarding_project_assignment_key" ON "onboarding_project"  ("assignment_id") `,
    );
    await q.query(
      `CREATE TABLE "project_phase" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "position" smallint NOT NULL, "name_en" text NOT NULL, "name_ja" text NOT NULL, "due_date" date NOT NULL, "completed_on" date, "summary" text, "completed_by_email" text, CONSTRAINT "PK_8f69900eea72afccb22af8e5988" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "project_phase_due" ON "project_phase"  ("due_date") `);
    await q.query(`CREATE UNIQUE INDEX "project_phase_key" ON "project_phase"  ("project_id", "position") `);
    await q.query(
      `CREATE TYPE "public"."work_kind" AS ENUM('REQUIREMENTS_ADVICE', 'OPERATION_LECTURE', 'ISSUE_RESOLUTION')`,
    );
    await q.query(
      `CREATE TABLE "work_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "kind" "public"."work_kind" NOT NULL, "date" date NOT NULL, "hours" numeric(4,1) NOT NULL, "notes" text, "logged_by_email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "work_log_hours" CHECK (hours > 0 AND hours <= 24), CONSTRAINT "PK_65e2816b0d0876024e3754656b9" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "work_log_project" ON "work_log"  ("project_id", "date") `);
    await q.query(
      `CREATE TABLE "project_issue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "title" text NOT NULL, "note" text, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "opened_by_email" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by_email" text, CONSTRAINT "PK_b463603143f28a888e179a87572" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "project_issue_project" ON "project_issue"  ("project_id") `);
    await q.query(
      `CREATE TABLE "project_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" text NOT NULL, "detail" text, "by_email" text, CONSTRAINT "PK_84a11a59920c5c503d1e4c23c08" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "project_event_project" ON "project_event"  ("project_id", "at") `);
    await q.query(
      `ALTER TABLE "template_phase" ADD CONSTRAINT "FK_c8ce69e533a484ad6f12517967a" FOREIGN KEY ("template_id") REFERENCES "onboarding_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "onboarding_project" ADD CONSTRAINT "FK_fe786bd470b5489d57ff1f08d45" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "onboarding_project" ADD CONSTRAINT "FK_ca9c4acb3c040b93f19ee03527d" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "onboarding_project" ADD CONSTRAINT "FK_38099c72f8d53ea280cd501272c" FOREIGN KEY ("lead_consultant_id") REFERENCES "consultant"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "onboarding_project" ADD CONSTRAINT "FK_53e611f2c9309b253d564c8b933" FOREIGN KEY ("template_id") REFERENCES "onboarding_template"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_phase" ADD CONSTRAINT "FK_6397b242d86704b5badb30970e3" FOREIGN KEY ("project_id") REFERENCES "onboarding_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "work_log" ADD CONSTRAINT "FK_e73af496c44d3bf4d2eafcda310" FOREIGN KEY ("project_id") REFERENCES "onboarding_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_issue" ADD CONSTRAINT "FK_687aa5d7bf1be1289f85e534085" FOREIGN KEY ("project_id") REFERENCES "onboarding_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "project_event" ADD CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9" FOREIGN KEY ("project_id") REFERENCES "onboarding_project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The default template of DESIGN.md (by hand: schema generation knows no data).
    await q.query(
      `INSERT INTO "onboarding_template" ("version", "name", "current") VALUES (1, 'Standard onboarding', true)`,
    );
    await q.query(`INSERT INTO "template_phase" ("template_id", "position", "name_en", "name_ja", "due_day")
      SELECT t.id, p.position, p.name_en, p.name_ja, p.due_day FROM "onboarding_template" t, (VALUES
        (1, 'Kickoff', 'キックオフ', 7),
        (2, 'Business inventory & requirements', '業務の洗い出し・要件定義', 21),
        (3, 'Setup & data migration', '初期設定・データ移行', 35),
        (4, 'Operation lectures & Q&A', '操作レクチャー・Q&A', 50),
        (5, 'Trial run & remaining issues', '試験運用・残課題の解消', 70),
        (6, 'Go-live & handover', '本番稼働・引き継ぎ', 90)
      ) AS p(position, name_en, name_ja, due_day) WHERE t.version = 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project_event" DROP CONSTRAINT "FK_1acd49947cf4fcdda4d10b5baf9"`);
    await q.query(`ALTER TABLE "project_issue" DROP CONSTRAINT "FK_687aa5d7bf1be1289f85e534085"`);
    await q.query(`ALTER TABLE "work_log" DROP CONSTRAINT "FK_e73af496c44d3bf4d2eafcda310"`);
    await q.query(`ALTER TABLE "project_phase" DROP CONSTRAINT "FK_6397b242d86704b5badb30970e3"`);
    await q.query(`ALTER TABLE "onboarding_project" DROP CONSTRAINT "FK_53e611f2c9309b253d564c8b933"`);
    await q.query(`ALTER TABLE "onboarding_project" DROP CONSTRAINT "FK_38099c72f8d53ea280cd501272c"`);
    await q.query(`ALTER TABLE "onboarding_project" DROP CONSTRAINT "FK_ca9c4acb3c040b93f19ee03527d"`);
    await q.query(`ALTER TABLE "onboarding_project" DROP CONSTRAINT "FK_fe786bd470b5489d57ff1f08d45"`);
    await q.query(`ALTER TABLE "template_phase" DROP CONSTRAINT "FK_c8ce69e533a484ad6f12517967a"`);
    await q.query(`DROP INDEX "public"."project_event_project"`);
    await q.query(`DROP TABLE "project_event"`);
    await q.query(`DROP INDEX "public"."project_issue_project"`);
    await q.query(`DROP TABLE "project_issue"`);
    await q.query(`DROP INDEX "public"."work_log_project"`);
    await q.query(`DROP TABLE "work_log"`);
    await q.query(`DROP TYPE "public"."work_kind"`);
    await q.query(`DROP INDEX "public"."project_phase_key"`);
    await q.query(`DROP INDEX "public"."project_phase_due"`);
    await q.query(`DROP TABLE "project_phase"`);
    await q.query(`DROP INDEX "public"."onboarding_project_assignment_key"`);
    await q.query(`DROP INDEX "public"."onboarding_project_partner"`);
    await q.query(`DROP TABLE "onboarding_project"`);
    await q.query(`DROP INDEX "public"."template_phase_key"`);
    await q.query(`DROP TABLE "template_phase"`);
    await q.query(`DROP INDEX "public"."onboarding_template_version_key"`);
    await q.query(`DROP INDEX "public"."onboarding_template_one_current"`);
    await q.query(`DROP TABLE "onboarding_template"`);
  }
}
