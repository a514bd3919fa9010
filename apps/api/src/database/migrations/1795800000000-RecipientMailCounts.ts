import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * recipient_mail_counts: mails nobody asked for per recipient (a hash of the folded address) in a
 * fixed window, so a registration form cannot be used to flood someone's mailbox.
 */
export class RecipientMailCounts1795800000000 implements MigrationInterface {
  name = 'RecipientMailCounts1795800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recipient_mail_counts" ("key" character varying(64) NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "recipient_mail_counts_pkey" PRIMARY KEY ("key"))`);
    await queryRunner.query(`CREATE INDEX "recipient_mail_counts_window_idx" ON "recipient_mail_counts" ("window_started_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."recipient_mail_counts_window_idx"`);
    await queryRunner.query(`DROP TABLE "recipient_mail_counts"`);
  }
}
