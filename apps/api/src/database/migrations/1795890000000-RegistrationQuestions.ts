import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * conference_questions: a conference's own questions on the registration form, options kept with each
 * (jsonb), archived when answered and later removed. registration_answers: one answer per registration
 * and question; a question with answers cannot be deleted.
 */
export class RegistrationQuestions1795890000000 implements MigrationInterface {
  name = 'RegistrationQuestions1795890000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conference_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conference_id" uuid NOT NULL, "position" smallint NOT NULL, "kind" character varying(20) NOT NULL, "label_sv" character varying(300) NOT NULL, "label_en" character varying(300), "required" boolean NOT NULL DEFAULT false, "options" jsonb NOT NULL DEFAULT '[]', "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "conference_questions_options_check" CHECK (jsonb_typeof(options) = 'array'), CONSTRAINT "conference_questions_kind_check" CHECK (kind IN ('text', 'long-text', 'choice', 'choices', 'yes-no')), CONSTRAINT "PK_c5890df15870e868228ada005a2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "conference_questions_conference_idx" ON "conference_questions" ("conference_id", "position") `);
    await queryRunner.query(`CREATE TABLE "registration_answers" ("registration_id" uuid NOT NULL, "question_id" uuid NOT NULL, "value" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registration_answers_pk" PRIMARY KEY ("registration_id", "question_id"))`);
    await queryRunner.query(`CREATE INDEX "registration_answers_question_idx" ON "registration_answers" ("question_id") `);
    await queryRunner.query(`ALTER TABLE "conference_questions" ADD CONSTRAINT "conference_questions_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_answers" ADD CONSTRAINT "registration_answers_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_answers" ADD CONSTRAINT "registration_answers_question_fk" FOREIGN KEY ("question_id") REFERENCES "conference_questions"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration_answers" DROP CONSTRAINT "registration_answers_question_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_answers" DROP CONSTRAINT "registration_answers_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "conference_questions" DROP CONSTRAINT "conference_questions_conference_fk"`);
    await queryRunner.query(`DROP INDEX "public"."registration_answers_question_idx"`);
    await queryRunner.query(`DROP TABLE "registration_answers"`);
    await queryRunner.query(`DROP INDEX "public"."conference_questions_conference_idx"`);
    await queryRunner.query(`DROP TABLE "conference_questions"`);
  }
}
