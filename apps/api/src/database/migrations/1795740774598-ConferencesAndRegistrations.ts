import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConferencesAndRegistrations1795740774598 implements MigrationInterface {
  name = 'ConferencesAndRegistrations1795740774598';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "conferences" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status" character varying(20) NOT NULL DEFAULT 'draft', "title_sv" character varying(300) NOT NULL, "title_en" character varying(300), "description_sv" text, "description_en" text, "host_organisation_id" uuid, "venue" character varying(300), "address" character varying(500), "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "confirmed_count" integer NOT NULL DEFAULT '0', "waitlist_seq" bigint NOT NULL DEFAULT '0', "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "conferences_window_check" CHECK (registration_opens_at IS NULL OR registration_closes_at IS NULL OR registration_opens_at < registration_closes_at), CONSTRAINT "conferences_confirmed_count_check" CHECK (confirmed_count >= 0 AND confirmed_count <= capacity), CONSTRAINT "conferences_capacity_check" CHECK (capacity >= 0 AND capacity <= 100000), CONSTRAINT "conferences_dates_check" CHECK (ends_at > starts_at), CONSTRAINT "conferences_status_check" CHECK (status IN ('draft', 'published', 'cancelled', 'archived')), CONSTRAINT "PK_d28afb89755d548215ce4e7667b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "conferences_starts_at_idx" ON "conferences"  ("starts_at") `);
    await queryRunner.query(`CREATE TABLE "themes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conference_id" uuid NOT NULL, "title_sv" character varying(300) NOT NULL, "title_en" character varying(300), "description_sv" text, "description_en" text, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_ddbeaab913c18682e5c88155592" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "themes_conference_idx" ON "themes"  ("conference_id") `);
    await queryRunner.query(`CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conference_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "waitlist_rank" bigint, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "email" character varying(254) NOT NULL, "organisation_id" uuid, "organisation_name" character varying(200) NOT NULL, "organisation_type" character varying(20) NOT NULL, "title" character varying(200), "dietary_needs" character varying(1000), "accessibility_needs" character varying(1000), "language" character varying(2) NOT NULL DEFAULT 'sv', "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "show_on_attendee_list" boolean NOT NULL DEFAULT false, "manage_token" character varying(64) NOT NULL, "calendar_token" character varying(64) NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE, "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "anonymised_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "registrations_waitlist_rank_check" CHECK ((status = 'waitlisted') = (waitlist_rank IS NOT NULL)), CONSTRAINT "registrations_language_check" CHECK (language IN ('sv', 'en')), CONSTRAINT "registrations_organisation_type_check" CHECK (organisation_type IN ('municipality', 'business', 'region', 'state-agency', 'other')), CONSTRAINT "registrations_status_check" CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')), CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "registrations_manage_token_uq" ON "registrations"  ("manage_token") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "registrations_calendar_token_uq" ON "registrations"  ("calendar_token") `);
    await queryRunner.query(`CREATE INDEX "registrations_conference_waitlist_idx" ON "registrations"  ("conference_id", "waitlist_rank") `);
    await queryRunner.query(`CREATE INDEX "registrations_conference_created_idx" ON "registrations"  ("conference_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "registration_events" ("id" BIGSERIAL NOT NULL, "registration_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "actor_id" uuid, "reason" character varying(1000), "details" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registration_events_kind_check" CHECK (kind IN ('created', 'promoted', 'cancelled', 'moved', 'checked-in', 'updated', 'erased', 'anonymised')), CONSTRAINT "PK_bdc9fb0b4c9ace1d8018a32dd03" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "registration_events_registration_idx" ON "registration_events"  ("registration_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "attachments" jsonb NOT NULL DEFAULT '[]', "status" character varying(20) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "subject_ref" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_messages_status_check" CHECK (status IN ('pending', 'sent', 'stored', 'failed')), CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_messages_pending_idx" ON "outbox_messages"  ("status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "conference_focus_areas" ("conference_id" uuid NOT NULL, "focus_area_id" uuid NOT NULL, CONSTRAINT "PK_c6e2c766893fcc32c0e4669e2ab" PRIMARY KEY ("conference_id", "focus_area_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b4d9de68aa20d8e359e967b9c8" ON "conference_focus_areas"  ("conference_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ff4e77b74136254f1e1f97adb8" ON "conference_focus_areas"  ("focus_area_id") `);
    await queryRunner.query(`CREATE TABLE "theme_focus_areas" ("theme_id" uuid NOT NULL, "focus_area_id" uuid NOT NULL, CONSTRAINT "PK_86550d0758c56d50cf393402125" PRIMARY KEY ("theme_id", "focus_area_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5392558198a5486760638eb086" ON "theme_focus_areas"  ("theme_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d4d38c3ca3fcc81568113cd016" ON "theme_focus_areas"  ("focus_area_id") `);
    // Written by hand: one active registration per e-mail and conference (cancelled ones do not count).
    await queryRunner.query(`CREATE UNIQUE INDEX "registrations_conference_email_uq" ON "registrations" ("conference_id", "email") WHERE "status" <> 'cancelled'`);
    await queryRunner.query(`ALTER TABLE "conferences" ADD CONSTRAINT "conferences_host_organisation_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "themes" ADD CONSTRAINT "themes_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD CONSTRAINT "registrations_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD CONSTRAINT "registrations_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "conference_focus_areas" ADD CONSTRAINT "conference_focus_areas_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "conference_focus_areas" ADD CONSTRAINT "conference_focus_areas_focus_area_fk" FOREIGN KEY ("focus_area_id") REFERENCES "focus_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "theme_focus_areas" ADD CONSTRAINT "theme_focus_areas_theme_fk" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "theme_focus_areas" ADD CONSTRAINT "theme_focus_areas_focus_area_fk" FOREIGN KEY ("focus_area_id") REFERENCES "focus_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "theme_focus_areas" DROP CONSTRAINT "theme_focus_areas_focus_area_fk"`);
    await queryRunner.query(`ALTER TABLE "theme_focus_areas" DROP CONSTRAINT "theme_focus_areas_theme_fk"`);
    await queryRunner.query(`ALTER TABLE "conference_focus_areas" DROP CONSTRAINT "conference_focus_areas_focus_area_fk"`);
    await queryRunner.query(`ALTER TABLE "conference_focus_areas" DROP CONSTRAINT "conference_focus_areas_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_events" DROP CONSTRAINT "registration_events_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "registrations_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP CONSTRAINT "registrations_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "themes" DROP CONSTRAINT "themes_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "conferences" DROP CONSTRAINT "conferences_host_organisation_fk"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4d38c3ca3fcc81568113cd016"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5392558198a5486760638eb086"`);
    await queryRunner.query(`DROP TABLE "theme_focus_areas"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff4e77b74136254f1e1f97adb8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4d9de68aa20d8e359e967b9c8"`);
    await queryRunner.query(`DROP TABLE "conference_focus_areas"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_messages_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_messages"`);
    await queryRunner.query(`DROP INDEX "public"."registration_events_registration_idx"`);
    await queryRunner.query(`DROP TABLE "registration_events"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_conference_email_uq"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_conference_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_conference_waitlist_idx"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_calendar_token_uq"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_manage_token_uq"`);
    await queryRunner.query(`DROP TABLE "registrations"`);
    await queryRunner.query(`DROP INDEX "public"."themes_conference_idx"`);
    await queryRunner.query(`DROP TABLE "themes"`);
    await queryRunner.query(`DROP INDEX "public"."conferences_starts_at_idx"`);
    await queryRunner.query(`DROP TABLE "conferences"`);
  }
}
