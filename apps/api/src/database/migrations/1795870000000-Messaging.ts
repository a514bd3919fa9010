import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * messages, message_recipients and conference_reminders: mail to a conference's participants, kept
 * with who got it, and the reminders staff set (sent once: `sent_at` by a conditional UPDATE). The
 * job queue's own tables live in the schema `pgboss`, made by pg-boss (docs/adr/0008-job-queue.md).
 */
export class Messaging1795870000000 implements MigrationInterface {
  name = 'Messaging1795870000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "subject_sv" character varying(200) NOT NULL, "body_sv" text NOT NULL, "subject_en" character varying(200), "body_en" text, "filter" jsonb NOT NULL DEFAULT '{}', "recipient_count" integer NOT NULL, "held_back_count" integer NOT NULL DEFAULT '0', "sent_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "messages_kind_check" CHECK (kind IN ('message', 'reminder')), CONSTRAINT "messages_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "messages_conference_created_idx" ON "messages" ("conference_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "message_recipients" ("message_id" uuid NOT NULL, "registration_id" uuid NOT NULL, "language" character varying(2) NOT NULL, "mailed" boolean NOT NULL, CONSTRAINT "message_recipients_pkey" PRIMARY KEY ("message_id", "registration_id"))`);
    await queryRunner.query(`CREATE INDEX "message_recipients_registration_idx" ON "message_recipients" ("registration_id") `);
    await queryRunner.query(`CREATE TABLE "conference_reminders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "days_before" integer, "send_at" TIMESTAMP WITH TIME ZONE, "text_sv" text NOT NULL, "text_en" text, "sent_at" TIMESTAMP WITH TIME ZONE, "message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conference_reminders_days_before_check" CHECK (days_before IS NULL OR days_before BETWEEN 0 AND 365), CONSTRAINT "conference_reminders_when_check" CHECK ((days_before IS NULL) <> (send_at IS NULL)), CONSTRAINT "conference_reminders_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "conference_reminders_conference_idx" ON "conference_reminders" ("conference_id") `);
    await queryRunner.query(`CREATE INDEX "conference_reminders_unsent_idx" ON "conference_reminders" ("sent_at") `);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "messages_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "messages" ADD CONSTRAINT "messages_sent_by_fk" FOREIGN KEY ("sent_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_message_fk" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "message_recipients" ADD CONSTRAINT "message_recipients_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_reminders" ADD CONSTRAINT "conference_reminders_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_reminders" ADD CONSTRAINT "conference_reminders_message_fk" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "conference_reminders"`);
    await queryRunner.query(`DROP TABLE "message_recipients"`);
    await queryRunner.query(`DROP TABLE "messages"`);
  }
}
