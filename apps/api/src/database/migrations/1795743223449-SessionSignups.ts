import { MigrationInterface, QueryRunner } from 'typeorm';

export class SessionSignups1795743223449 implements MigrationInterface {
  name = 'SessionSignups1795743223449';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "session_signups" ("registration_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16c627499ab0e4d28e993d4e860" PRIMARY KEY ("registration_id", "agenda_item_id"))`);
    await queryRunner.query(`CREATE INDEX "session_signups_item_idx" ON "session_signups"  ("agenda_item_id") `);
    await queryRunner.query(`ALTER TABLE "session_signups" ADD CONSTRAINT "session_signups_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_signups" ADD CONSTRAINT "session_signups_agenda_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session_signups" DROP CONSTRAINT "session_signups_agenda_item_fk"`);
    await queryRunner.query(`ALTER TABLE "session_signups" DROP CONSTRAINT "session_signups_registration_fk"`);
    await queryRunner.query(`DROP INDEX "public"."session_signups_item_idx"`);
    await queryRunner.query(`DROP TABLE "session_signups"`);
  }
}
