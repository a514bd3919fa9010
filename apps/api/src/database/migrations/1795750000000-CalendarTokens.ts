import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarTokens1795750000000 implements MigrationInterface {
  name = 'CalendarTokens1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calendar_tokens" ("user_id" uuid NOT NULL, "token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_calendar_tokens_user" UNIQUE ("user_id"), CONSTRAINT "PK_calendar_tokens" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_tokens_token_uq" ON "calendar_tokens" ("token") `);
    await queryRunner.query(`ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_tokens" DROP CONSTRAINT "calendar_tokens_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_tokens_token_uq"`);
    await queryRunner.query(`DROP TABLE "calendar_tokens"`);
  }
}
