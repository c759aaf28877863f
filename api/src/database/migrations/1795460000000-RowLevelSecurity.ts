import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table holding one firm's rows, keyed by its `partner_id` (the firm itself: `partner.id`). */
const FIRM_TABLES = [
  'action_item',
  'announcement_acknowledgement',
  'assignment',
  'capacity_offer_change',
  'capacity_plan',
  'consultant',
  'customer_account',
  'escalation',
  'escalation_draft',
  'escalation_message',
  'invitation',
  'meeting',
  'onboarding_project',
  'partner_status_change',
  'partner_tier_change',
  'project_event',
  'project_issue',
  'project_phase',
  'skill_certification',
  'survey',
  'tier_review',
  'training_record',
  'user',
  'work_log',
];

/**
 * Row-level security, the second line behind `scopedQuery`: inside a partner user's transaction
 * the app becomes the role `baton_app` with the firm in the setting `baton.partner_id`
 * (`SET LOCAL`, see common/access/firm-scope.ts), and every firm table then shows and accepts
 * only that firm's rows. The connecting role (owner or superuser) bypasses the policies, so
 * vendor staff, auditors, sign-in and jobs are unchanged.
 */
export class RowLevelSecurity1795460000000 implements MigrationInterface {
  name = 'RowLevelSecurity1795460000000';

  async up(q: QueryRunner): Promise<void> {
    // Roles are cluster-wide and databases migrate in parallel in the test suites: create once, tolerate the race.
    await q.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'baton_app') THEN CREATE ROLE baton_app NOLOGIN; END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await q.query(`DO $$ BEGIN
        IF NOT pg_has_role(current_user, 'baton_app', 'MEMBER') THEN EXECUTE format('GRANT baton_app TO %I', current_user); END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO baton_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO baton_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO baton_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO baton_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO baton_app`);
    // No firm set: NULL, which matches no row.
    await q.query(`CREATE FUNCTION baton_firm() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('baton.partner_id', true), '')::uuid $$`);
    for (const table of FIRM_TABLES) await this.isolate(q, table, 'partner_id');
    await this.isolate(q, 'partner', 'id');
    // Declining an assignment returns the customer to the unassigned queue, which no firm may read
    // (an UPDATE's new row must stay visible to its author): the release is the one write allowed
    // past the policy, of the caller's own customer when a firm is set.
    await q.query(`CREATE FUNCTION release_customer(customer uuid) RETURNS void LANGUAGE sql
      SECURITY DEFINER SET search_path = public AS $$
      UPDATE customer_account SET partner_id = NULL, updated_at = now()
      WHERE id = customer AND (baton_firm() IS NULL OR partner_id = baton_firm()) $$`);
    // E-mail addresses are unique across firms: the check must see them all, and answers only yes or no.
    await q.query(`CREATE FUNCTION user_email_taken(candidate text) RETURNS boolean LANGUAGE sql STABLE
      SECURITY DEFINER SET search_path = public AS $$ SELECT EXISTS (SELECT 1 FROM "user" WHERE email = candidate) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [...FIRM_TABLES, 'partner']) {
      await q.query(`DROP POLICY firm_isolation ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`DROP FUNCTION user_email_taken(text)`);
    await q.query(`DROP FUNCTION release_customer(uuid)`);
    await q.query(`DROP FUNCTION baton_firm()`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM baton_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM baton_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM baton_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM baton_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM baton_app`);
  }

  private async isolate(q: QueryRunner, table: string, column: string): Promise<void> {
    await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY firm_isolation ON "${table}" TO baton_app USING ("${column}" = baton_firm()) WITH CHECK ("${column}" = baton_firm())`,
    );
  }
}
