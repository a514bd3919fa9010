import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * evaluation_answers: one evaluation answer per registration (overall 1–5, scores per programme item,
 * keep and change texts, wished focus-area codes). conference_evaluations: a conference's evaluation
 * close time when staff set one, and when its invitations were sent.
 */
export class Evaluation1795880000000 implements MigrationInterface {
  name = 'Evaluation1795880000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evaluation_answers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "registration_id" uuid NOT NULL, "conference_id" uuid NOT NULL, "overall" smallint NOT NULL, "session_scores" jsonb NOT NULL DEFAULT '{}', "keep_text" text, "change_text" text, "focus_area_codes" text array NOT NULL DEFAULT '{}', CONSTRAINT "evaluation_answers_registration_uq" UNIQUE ("registration_id"), CONSTRAINT "evaluation_answers_session_scores_check" CHECK (jsonb_typeof(session_scores) = 'object'), CONSTRAINT "evaluation_answers_overall_check" CHECK (overall BETWEEN 1 AND 5), CONSTRAINT "PK_3039b4756f387521e0981850276" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "evaluation_answers_conference_idx" ON "evaluation_answers" ("conference_id") `);
    await queryRunner.query(`CREATE TABLE "conference_evaluations" ("conference_id" uuid NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE, "invited_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conference_evaluations_pk" PRIMARY KEY ("conference_id"))`);
    await queryRunner.query(`ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_evaluations" ADD CONSTRAINT "conference_evaluations_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conference_evaluations" DROP CONSTRAINT "conference_evaluations_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "evaluation_answers" DROP CONSTRAINT "evaluation_answers_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "evaluation_answers" DROP CONSTRAINT "evaluation_answers_registration_fk"`);
    await queryRunner.query(`DROP TABLE "conference_evaluations"`);
    await queryRunner.query(`DROP INDEX "public"."evaluation_answers_conference_idx"`);
    await queryRunner.query(`DROP TABLE "evaluation_answers"`);
  }
}
