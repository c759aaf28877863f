import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The program dashboard's roll-ups; the two firm tables get the firm-isolation policy of RowLevelSecurity. */
export class KpiRollups1795473260686 implements MigrationInterface {
  name = 'KpiRollups1795473260686';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "kpi_rollup_month" ("partner_id" uuid NOT NULL, "month" date NOT NULL, "started" integer NOT NULL DEFAULT '0', "activated" integer NOT NULL DEFAULT '0', "not_activated" integer NOT NULL DEFAULT '0', "pending" integer NOT NULL DEFAULT '0', "phases_due" integer NOT NULL DEFAULT '0', "phases_on_time" integer NOT NULL DEFAULT '0', "capacity_rows" integer NOT NULL DEFAULT '0', "slots_offered" integer NOT NULL DEFAULT '0', "slots_consumed" integer NOT NULL DEFAULT '0', "survey_answers" integer NOT NULL DEFAULT '0', "csat_sum" integer NOT NULL DEFAULT '0', "csat_count" integer NOT NULL DEFAULT '0', "nps_count" integer NOT NULL DEFAULT '0', "promoters" integer NOT NULL DEFAULT '0', "detractors" integer NOT NULL DEFAULT '0', "projects" integer NOT NULL DEFAULT '0', "escalations" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_cbd3439e81713499116c2bc25ce" PRIMARY KEY ("partner_id", "month"))`,
    );
    await q.query(
      `CREATE TABLE "kpi_rollup_risk" ("partner_id" uuid NOT NULL, "projects" integer NOT NULL DEFAULT '0', "running" integer NOT NULL DEFAULT '0', "at_risk" integer NOT NULL DEFAULT '0', "overdue" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_14b8333b1b9146d5f529e91b746" PRIMARY KEY ("partner_id"))`,
    );
    await q.query(
      `CREATE TABLE "kpi_rollup_state" ("id" smallint NOT NULL DEFAULT '1', "as_of_day" date NOT NULL, "refreshed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, CONSTRAINT "PK_279985a4abebecbf93a10e3c6a6" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "kpi_rollup_month" ADD CONSTRAINT "FK_2628c67071e3ebae6c03c76b8f7" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "kpi_rollup_risk" ADD CONSTRAINT "FK_14b8333b1b9146d5f529e91b746" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "kpi_rollup_month_month" ON "kpi_rollup_month" ("month") `);
    for (const table of ['kpi_rollup_month', 'kpi_rollup_risk']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY firm_isolation ON "${table}" TO baton_app USING ("partner_id" = baton_firm()) WITH CHECK ("partner_id" = baton_firm())`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "kpi_rollup_month_month"`);
    await q.query(`ALTER TABLE "kpi_rollup_risk" DROP CONSTRAINT "FK_14b8333b1b9146d5f529e91b746"`);
    await q.query(`ALTER TABLE "kpi_rollup_month" DROP CONSTRAINT "FK_2628c67071e3ebae6c03c76b8f7"`);
    await q.query(`DROP TABLE "kpi_rollup_state"`);
    await q.query(`DROP TABLE "kpi_rollup_risk"`);
    await q.query(`DROP TABLE "kpi_rollup_month"`);
  }
}
