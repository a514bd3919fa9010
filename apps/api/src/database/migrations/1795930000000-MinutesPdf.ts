import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * meeting_minutes_pdfs: the PDF of a meeting's minutes, made in the justering's transaction.
 * meeting_items: the kind `previous-minutes` (föregående protokoll), which refers to the justerat
 * minutes of an earlier meeting through `previous_meeting_id`. Agendas made before this have no such
 * item; none is added to them.
 */
export class MinutesPdf1795930000000 implements MigrationInterface {
  name = 'MinutesPdf1795930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting_minutes_pdfs" ("meeting_id" uuid NOT NULL, "pdf" bytea NOT NULL, "sha256" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_minutes_pdfs_pk" PRIMARY KEY ("meeting_id"))`);
    await queryRunner.query(`ALTER TABLE "meeting_minutes_pdfs" ADD CONSTRAINT "meeting_minutes_pdfs_meeting_fk" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD "previous_meeting_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_previous_meeting_fk" FOREIGN KEY ("previous_meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_kind_check"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_kind_check" CHECK (kind IN ('standard', 'previous-minutes', 'proposal', 'action-item', 'other'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_kind_check"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_kind_check" CHECK (kind IN ('standard', 'proposal', 'action-item', 'other'))`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_previous_meeting_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP COLUMN "previous_meeting_id"`);
    await queryRunner.query(`ALTER TABLE "meeting_minutes_pdfs" DROP CONSTRAINT "meeting_minutes_pdfs_meeting_fk"`);
    await queryRunner.query(`DROP TABLE "meeting_minutes_pdfs"`);
  }
}
