import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The list requests' pages on indexes at scale: statements find the month's completions by phase
 * completion day, and the escalation inbox reads its order (open first, oldest first; then resolved,
 * latest first) from an index on the same expressions. TypeORM cannot describe an expression index:
 * the entity declares `escalation_inbox` with `synchronize: false`, and this migration writes it.
 */
export class ListQueryPlanIndexes1795484097128 implements MigrationInterface {
  name = 'ListQueryPlanIndexes1795484097128';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "project_phase_completed" ON "project_phase"  ("completed_on") `);
    await q.query(
      `CREATE INDEX "escalation_inbox" ON "escalation" ((resolved_at IS NULL) DESC, (CASE WHEN resolved_at IS NULL THEN created_at END), resolved_at DESC, id)`,
    );
    // The planner's statistics of the index expressions.
    await q.query(`ANALYZE "escalation"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."escalation_inbox"`);
    await q.query(`DROP INDEX "public"."project_phase_completed"`);
  }
}
