import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultantAccountMarker1795418894710 implements MigrationInterface {
  name = 'ConsultantAccountMarker1795418894710';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consultant" ADD "account_deactivated_with_consultant" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consultant" DROP COLUMN "account_deactivated_with_consultant"`);
  }
}
