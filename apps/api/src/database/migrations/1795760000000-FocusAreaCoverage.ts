import { MigrationInterface, QueryRunner } from 'typeorm';

export class FocusAreaCoverage1795760000000 implements MigrationInterface {
  name = 'FocusAreaCoverage1795760000000';

  // Imported history of past conferences (docs/adr/0005-imported-history.md), kept apart from live conferences.
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "past_conferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "import_key" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "venue" character varying(300), CONSTRAINT "past_conferences_import_key_uq" UNIQUE ("import_key"), CONSTRAINT "past_conferences_dates_check" CHECK (ends_on >= starts_on), CONSTRAINT "PK_7ec78a4f2345c9c3f0520b7add8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "past_conferences_starts_on_idx" ON "past_conferences"  ("starts_on") `);
    await queryRunner.query(`CREATE TABLE "past_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "past_conference_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "format" character varying(20) NOT NULL, "minutes" integer, "focus_area_codes" text array NOT NULL DEFAULT '{}', "signups" integer NOT NULL DEFAULT '0', CONSTRAINT "past_sessions_conference_title_uq" UNIQUE ("past_conference_id", "title"), CONSTRAINT "past_sessions_signups_check" CHECK (signups >= 0), CONSTRAINT "past_sessions_minutes_check" CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 10000), CONSTRAINT "past_sessions_format_check" CHECK (format IN ('theme', 'keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'other')), CONSTRAINT "PK_a7eadde6e9b796e26236138d52d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "past_participant_counts" ("past_conference_id" uuid NOT NULL, "organisation_type" character varying(20) NOT NULL, "count" integer NOT NULL, CONSTRAINT "past_participant_counts_count_check" CHECK (count >= 0), CONSTRAINT "past_participant_counts_type_check" CHECK (organisation_type IN ('municipality', 'business', 'region', 'state-agency', 'other')), CONSTRAINT "past_participant_counts_pk" PRIMARY KEY ("past_conference_id", "organisation_type"))`);
    await queryRunner.query(`ALTER TABLE "past_sessions" ADD CONSTRAINT "past_sessions_conference_fk" FOREIGN KEY ("past_conference_id") REFERENCES "past_conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "past_participant_counts" ADD CONSTRAINT "past_participant_counts_conference_fk" FOREIGN KEY ("past_conference_id") REFERENCES "past_conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "past_participant_counts" DROP CONSTRAINT "past_participant_counts_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "past_sessions" DROP CONSTRAINT "past_sessions_conference_fk"`);
    await queryRunner.query(`DROP TABLE "past_participant_counts"`);
    await queryRunner.query(`DROP TABLE "past_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."past_conferences_starts_on_idx"`);
    await queryRunner.query(`DROP TABLE "past_conferences"`);
  }
}
