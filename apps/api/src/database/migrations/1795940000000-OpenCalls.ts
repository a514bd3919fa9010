import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * calls: a conference's open calls for proposals. call_submissions: what visitors send to them, with the
 * hashes of the confirmation link's and the upload token's secrets, and the council's decision (an accepted
 * one links to the proposal made from it). call_submission_counts: the submissions' rate limit per client
 * address and per e-mail address.
 */
export class OpenCalls1795940000000 implements MigrationInterface {
  name = 'OpenCalls1795940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "calls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "title_sv" character varying(300) NOT NULL, "title_en" character varying(300), "text_sv" text NOT NULL, "text_en" text, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "focus_area_codes" character varying(40) array NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "calls_period_check" CHECK (closes_at > opens_at), CONSTRAINT "calls_pk" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "calls_conference_idx" ON "calls" ("conference_id") `);
    await queryRunner.query(`CREATE TABLE "call_submissions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "organisation_name" character varying(200) NOT NULL, "email" character varying(254) NOT NULL, "title" character varying(300) NOT NULL, "summary" character varying(2000) NOT NULL, "kind" character varying(20) NOT NULL DEFAULT 'session', "focus_area_codes" character varying(40) array NOT NULL, "language" character varying(2) NOT NULL DEFAULT 'sv', "confirm_token_hash" character varying(64) NOT NULL, "confirm_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "upload_token_hash" character varying(64) NOT NULL, "upload_expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "upload_used_at" TIMESTAMP WITH TIME ZONE, "decision" character varying(10), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "decline_reason" character varying(2000), "proposal_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_submissions_decision_check" CHECK (decision IS NULL OR decision IN ('accepted', 'declined')), CONSTRAINT "call_submissions_language_check" CHECK (language IN ('sv', 'en')), CONSTRAINT "call_submissions_kind_check" CHECK (kind IN ('session', 'theme')), CONSTRAINT "call_submissions_pk" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "call_submissions_call_idx" ON "call_submissions" ("call_id", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "call_submissions_confirm_token_hash_uq" ON "call_submissions" ("confirm_token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "call_submissions_proposal_uq" ON "call_submissions" ("proposal_id") `);
    await queryRunner.query(`CREATE TABLE "call_submission_counts" ("key" character varying(64) NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "call_submission_counts_pk" PRIMARY KEY ("key"))`);
    await queryRunner.query(`ALTER TABLE "calls" ADD CONSTRAINT "calls_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calls" ADD CONSTRAINT "calls_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "call_submissions" ADD CONSTRAINT "call_submissions_call_fk" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "call_submissions" ADD CONSTRAINT "call_submissions_decided_by_fk" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "call_submissions" ADD CONSTRAINT "call_submissions_proposal_fk" FOREIGN KEY ("proposal_id") REFERENCES "proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_submissions" DROP CONSTRAINT "call_submissions_proposal_fk"`);
    await queryRunner.query(`ALTER TABLE "call_submissions" DROP CONSTRAINT "call_submissions_decided_by_fk"`);
    await queryRunner.query(`ALTER TABLE "call_submissions" DROP CONSTRAINT "call_submissions_call_fk"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "calls_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "calls" DROP CONSTRAINT "calls_conference_fk"`);
    await queryRunner.query(`DROP TABLE "call_submission_counts"`);
    await queryRunner.query(`DROP INDEX "public"."call_submissions_proposal_uq"`);
    await queryRunner.query(`DROP INDEX "public"."call_submissions_confirm_token_hash_uq"`);
    await queryRunner.query(`DROP INDEX "public"."call_submissions_call_idx"`);
    await queryRunner.query(`DROP TABLE "call_submissions"`);
    await queryRunner.query(`DROP INDEX "public"."calls_conference_idx"`);
    await queryRunner.query(`DROP TABLE "calls"`);
  }
}
