import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795425875986 implements MigrationInterface {
  name = 'Meetings1795425875986';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "partner_id" uuid NOT NULL, "date" date NOT NULL, "title" text NOT NULL, "attendees" text array NOT NULL DEFAULT '{}', "notes" text NOT NULL DEFAULT '', "project_ids" uuid array NOT NULL DEFAULT '{}', "created_by_email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "meeting_partner_date" ON "meeting"  ("partner_id", "date") `);
    await q.query(
      `CREATE TABLE "action_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "description" text NOT NULL, "owner" text NOT NULL, "due_date" date, "done_at" TIMESTAMP WITH TIME ZONE, "done_by_email" text, CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "action_item_meeting" ON "action_item"  ("meeting_id") `);
    await q.query(
      `ALTER TABLE "meeting" ADD CONSTRAINT "FK_02f7b950fb9082ff5654217f0c6" FOREIGN KEY ("partner_id") REFERENCES "partner"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "action_item" ADD CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "action_item" DROP CONSTRAINT "FK_f77a02b2bac8df1a368c81281bf"`);
    await q.query(`ALTER TABLE "meeting" DROP CONSTRAINT "FK_02f7b950fb9082ff5654217f0c6"`);
    await q.query(`DROP INDEX "public"."action_item_meeting"`);
    await q.query(`DROP TABLE "action_item"`);
    await q.query(`DROP INDEX "public"."meeting_partner_date"`);
    await q.query(`DROP TABLE "meeting"`);
  }
}
