import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StatementSettings1795451541310 implements MigrationInterface {
  name = 'StatementSettings1795451541310';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "statement_settings" ("id" smallint NOT NULL DEFAULT '1', "base_fee" integer NOT NULL DEFAULT '100000', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_email" text, CONSTRAINT "statement_settings_base_fee_range" CHECK (base_fee BETWEEN 0 AND 100000000), CONSTRAINT "statement_settings_single_row" CHECK (id = 1), CONSTRAINT "PK_fe2c9d1bd4b68d8c33a7df9c919" PRIMARY KEY ("id"))`,
    );
    await q.query(`INSERT INTO "statement_settings" ("id") VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "statement_settings"`);
  }
}
