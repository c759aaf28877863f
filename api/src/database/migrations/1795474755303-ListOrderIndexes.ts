import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The vendor lists' default orders at scale: customers by contract day, assignments newest first, projects by start. */
export class ListOrderIndexes1795474755303 implements MigrationInterface {
  name = 'ListOrderIndexes1795474755303';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "customer_account_contract" ON "customer_account"  ("contract_date", "id") `);
    await q.query(`CREATE INDEX "assignment_assigned" ON "assignment"  ("assigned_at") `);
    await q.query(`CREATE INDEX "onboarding_project_start" ON "onboarding_project"  ("start_date") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."onboarding_project_start"`);
    await q.query(`DROP INDEX "public"."assignment_assigned"`);
    await q.query(`DROP INDEX "public"."customer_account_contract"`);
  }
}
