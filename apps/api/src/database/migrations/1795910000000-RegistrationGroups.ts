import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * registration_groups: a group registered by a contact person for their organisation, with the hash of
 * the group link. registration_group_members: which registrations belong to a group, in list order.
 */
export class RegistrationGroups1795910000000 implements MigrationInterface {
  name = 'RegistrationGroups1795910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "registration_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "contact_first_name" character varying(100) NOT NULL, "contact_last_name" character varying(100) NOT NULL, "contact_email" character varying(254) NOT NULL, "contact_language" character varying(2) NOT NULL DEFAULT 'sv', "organisation_id" uuid, "organisation_name" character varying(200) NOT NULL, "organisation_type" character varying(20) NOT NULL, "token_hash" character varying(64) NOT NULL, "token_version" integer NOT NULL DEFAULT '1', "anonymised_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "registration_groups_contact_language_check" CHECK (contact_language IN ('sv', 'en')), CONSTRAINT "registration_groups_organisation_type_check" CHECK (organisation_type IN ('municipality', 'business', 'region', 'state-agency', 'other')), CONSTRAINT "registration_groups_pk" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "registration_groups_conference_idx" ON "registration_groups" ("conference_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "registration_groups_token_hash_uq" ON "registration_groups" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "registration_group_members" ("registration_id" uuid NOT NULL, "group_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "registration_group_members_position_uq" UNIQUE ("group_id", "position"), CONSTRAINT "registration_group_members_pk" PRIMARY KEY ("registration_id"))`);
    await queryRunner.query(`ALTER TABLE "registration_groups" ADD CONSTRAINT "registration_groups_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_groups" ADD CONSTRAINT "registration_groups_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_group_members" ADD CONSTRAINT "registration_group_members_registration_fk" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "registration_group_members" ADD CONSTRAINT "registration_group_members_group_fk" FOREIGN KEY ("group_id") REFERENCES "registration_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registration_group_members" DROP CONSTRAINT "registration_group_members_group_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_group_members" DROP CONSTRAINT "registration_group_members_registration_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_groups" DROP CONSTRAINT "registration_groups_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "registration_groups" DROP CONSTRAINT "registration_groups_conference_fk"`);
    await queryRunner.query(`DROP TABLE "registration_group_members"`);
    await queryRunner.query(`DROP INDEX "public"."registration_groups_token_hash_uq"`);
    await queryRunner.query(`DROP INDEX "public"."registration_groups_conference_idx"`);
    await queryRunner.query(`DROP TABLE "registration_groups"`);
  }
}
