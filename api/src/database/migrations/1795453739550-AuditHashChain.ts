import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tamper-evident audit log: every entry gets a position (`seq`, 1, 2, …) and a SHA-256 chaining it
 * to the previous entry; `audit_chain_head` holds the last position and hash, so removing the newest
 * entries shows too. The insert trigger takes one advisory lock per transaction, so concurrent
 * writers append one after the other and cannot fork the chain.
 */
export class AuditHashChain1795453739550 implements MigrationInterface {
  name = 'AuditHashChain1795453739550';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_log_entry" ADD "seq" bigint`);
    await q.query(`ALTER TABLE "audit_log_entry" ADD "prev_hash" text`);
    await q.query(`ALTER TABLE "audit_log_entry" ADD "hash" text`);
    // The canonical content: a JSON array (jsonb's text form is normalized), the time in UTC.
    await q.query(`CREATE FUNCTION audit_log_entry_hash(e audit_log_entry) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT encode(sha256(convert_to(coalesce(e.prev_hash, '') || '|' || jsonb_build_array(
        e.seq, e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.actor_id, e.actor_email,
        e.actor_role, e.action, e.entity_type, e.entity_id, e.before, e.after, e.request_id)::text, 'UTF8')), 'hex') $$`);
    await q.query(
      `CREATE TABLE audit_chain_head (id smallint PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL, hash text NOT NULL)`,
    );

    // Chain the entries already there, oldest first.
    await q.query(`ALTER TABLE "audit_log_entry" DISABLE TRIGGER audit_log_entry_no_update_delete`);
    await q.query(`DO $$
      DECLARE e audit_log_entry; n bigint := 0; previous text := NULL;
      BEGIN
        FOR e IN SELECT * FROM audit_log_entry ORDER BY at, id LOOP
          n := n + 1;
          e.seq := n;
          e.prev_hash := previous;
          previous := audit_log_entry_hash(e);
          UPDATE audit_log_entry SET seq = n, prev_hash = e.prev_hash, hash = previous WHERE id = e.id;
        END LOOP;
        IF n > 0 THEN INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, n, previous); END IF;
      END $$`);
    await q.query(`ALTER TABLE "audit_log_entry" ENABLE TRIGGER audit_log_entry_no_update_delete`);
    await q.query(`ALTER TABLE "audit_log_entry" ALTER COLUMN "seq" SET NOT NULL`);
    await q.query(`ALTER TABLE "audit_log_entry" ALTER COLUMN "hash" SET NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "audit_log_entry_seq_key" ON "audit_log_entry"  ("seq") `);

    await q.query(`CREATE FUNCTION audit_log_entry_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE head audit_chain_head;
      BEGIN
        PERFORM pg_advisory_xact_lock(7314002);
        SELECT * INTO head FROM audit_chain_head WHERE id = 1;
        NEW.seq := coalesce(head.seq, 0) + 1;
        NEW.prev_hash := head.hash;
        NEW.hash := audit_log_entry_hash(NEW);
        INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash)
          ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER audit_log_entry_chain BEFORE INSERT ON "audit_log_entry"
      FOR EACH ROW EXECUTE FUNCTION audit_log_entry_chain()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_entry_chain ON "audit_log_entry"`);
    await q.query(`DROP FUNCTION audit_log_entry_chain()`);
    await q.query(`DROP INDEX "public"."audit_log_entry_seq_key"`);
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`DROP FUNCTION audit_log_entry_hash(audit_log_entry)`);
    await q.query(`ALTER TABLE "audit_log_entry" DROP COLUMN "hash"`);
    await q.query(`ALTER TABLE "audit_log_entry" DROP COLUMN "prev_hash"`);
    await q.query(`ALTER TABLE "audit_log_entry" DROP COLUMN "seq"`);
  }
}
