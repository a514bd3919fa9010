import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795739852668 implements MigrationInterface {
  name = 'Foundation1795739852668';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_attempts" ("id" BIGSERIAL NOT NULL, "email" character varying(254) NOT NULL, "address" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "login_attempts_address_idx" ON "login_attempts"  ("address", "created_at") `);
    await queryRunner.query(`CREATE INDEX "login_attempts_email_idx" ON "login_attempts"  ("email", "created_at") `);
    await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "member" boolean NOT NULL DEFAULT false, CONSTRAINT "organisations_type_check" CHECK (type IN ('municipality', 'business', 'region', 'state-agency', 'other')), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(200) NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, "organisation_id" uuid, CONSTRAINT "users_email_uq" UNIQUE ("email"), CONSTRAINT "users_email_check" CHECK (email = lower(email)), CONSTRAINT "users_roles_check" CHECK (roles <@ ARRAY['admin', 'working-committee', 'programme-council']::text[]), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "sessions_user_idx" ON "sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "strategies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" character varying(40) NOT NULL, "title_sv" character varying(300) NOT NULL, "adopted_on" date NOT NULL, "current" boolean NOT NULL DEFAULT false, CONSTRAINT "strategies_version_uq" UNIQUE ("version"), CONSTRAINT "PK_9a0d363ddf5b40d080147363238" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "focus_areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "strategy_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "position" smallint NOT NULL, "title_sv" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "description_sv" text NOT NULL, "description_en" text NOT NULL, CONSTRAINT "focus_areas_strategy_code_uq" UNIQUE ("strategy_id", "code"), CONSTRAINT "PK_317abcba4c7147c28f58c875870" PRIMARY KEY ("id"))`);
    // Written by hand: expression and partial indexes that entities cannot describe.
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_name_uq" ON "organisations" (lower("name"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "strategies_current_uq" ON "strategies" ("current") WHERE "current"`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "focus_areas" ADD CONSTRAINT "focus_areas_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "strategies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "focus_areas" DROP CONSTRAINT "focus_areas_strategy_fk"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fk"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "users_organisation_fk"`);
    await queryRunner.query(`DROP INDEX "strategies_current_uq"`);
    await queryRunner.query(`DROP INDEX "organisations_name_uq"`);
    await queryRunner.query(`DROP TABLE "focus_areas"`);
    await queryRunner.query(`DROP TABLE "strategies"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user_idx"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempts_email_idx"`);
    await queryRunner.query(`DROP INDEX "public"."login_attempts_address_idx"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
  }
}
