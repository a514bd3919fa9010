import { MigrationInterface, QueryRunner } from 'typeorm';

export class Agenda1795742937397 implements MigrationInterface {
  name = 'Agenda1795742937397';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rooms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conference_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "capacity" integer NOT NULL, "accessibility_notes" character varying(1000), "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "rooms_capacity_check" CHECK (capacity >= 0), CONSTRAINT "PK_0368a2d7c215f2d0458a54933f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "rooms_conference_idx" ON "rooms"  ("conference_id", "position") `);
    await queryRunner.query(`CREATE TABLE "agenda_items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conference_id" uuid NOT NULL, "title_sv" character varying(300) NOT NULL, "title_en" character varying(300), "description_sv" text, "description_en" text, "type" character varying(20) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE, "ends_at" TIMESTAMP WITH TIME ZONE, "room_id" uuid, "theme_id" uuid, "source_proposal_id" uuid, "speakers" jsonb NOT NULL DEFAULT '[]', "signup_required" boolean NOT NULL DEFAULT false, "signup_capacity" integer, "signup_count" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "agenda_items_signup_check" CHECK (NOT signup_required OR (signup_capacity IS NOT NULL AND signup_count <= signup_capacity)), CONSTRAINT "agenda_items_times_check" CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL OR ends_at > starts_at)), CONSTRAINT "agenda_items_type_check" CHECK (type IN ('keynote', 'panel', 'seminar', 'workshop', 'study-visit', 'break', 'meal', 'networking')), CONSTRAINT "PK_7274c40301175b4b4b347820d0c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "agenda_items_conference_idx" ON "agenda_items"  ("conference_id", "starts_at") `);
    await queryRunner.query(`CREATE TABLE "agenda_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "conference_id" uuid NOT NULL, "number" integer NOT NULL, "published_by_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "conflict_count" integer NOT NULL DEFAULT '0', "snapshot" jsonb NOT NULL, "changes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "agenda_versions_conference_number_uq" UNIQUE ("conference_id", "number"), CONSTRAINT "PK_2efa6bc44e470999a0e961a3084" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agenda_item_focus_areas" ("agenda_item_id" uuid NOT NULL, "focus_area_id" uuid NOT NULL, CONSTRAINT "PK_ddc358431a2b98c46f99ce03545" PRIMARY KEY ("agenda_item_id", "focus_area_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0ee764fbd997cad1f09dc4d08a" ON "agenda_item_focus_areas"  ("agenda_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6416daf5762e114eea36779fa6" ON "agenda_item_focus_areas"  ("focus_area_id") `);
    await queryRunner.query(`ALTER TABLE "rooms" ADD CONSTRAINT "rooms_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_room_fk" FOREIGN KEY ("room_id") REFERENCES "rooms"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_theme_fk" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_source_proposal_fk" FOREIGN KEY ("source_proposal_id") REFERENCES "proposals"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_conference_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_versions" ADD CONSTRAINT "agenda_versions_published_by_fk" FOREIGN KEY ("published_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item_focus_areas" ADD CONSTRAINT "agenda_item_focus_areas_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "agenda_item_focus_areas" ADD CONSTRAINT "agenda_item_focus_areas_focus_area_fk" FOREIGN KEY ("focus_area_id") REFERENCES "focus_areas"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_item_focus_areas" DROP CONSTRAINT "agenda_item_focus_areas_focus_area_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_item_focus_areas" DROP CONSTRAINT "agenda_item_focus_areas_item_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_versions" DROP CONSTRAINT "agenda_versions_published_by_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_versions" DROP CONSTRAINT "agenda_versions_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_source_proposal_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_theme_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_room_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP CONSTRAINT "agenda_items_conference_fk"`);
    await queryRunner.query(`ALTER TABLE "rooms" DROP CONSTRAINT "rooms_conference_fk"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6416daf5762e114eea36779fa6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0ee764fbd997cad1f09dc4d08a"`);
    await queryRunner.query(`DROP TABLE "agenda_item_focus_areas"`);
    await queryRunner.query(`DROP TABLE "agenda_versions"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_items_conference_idx"`);
    await queryRunner.query(`DROP TABLE "agenda_items"`);
    await queryRunner.query(`DROP INDEX "public"."rooms_conference_idx"`);
    await queryRunner.query(`DROP TABLE "rooms"`);
  }
}
