import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Strategy versions as documents. strategies: a state (draft, in-consultation, adopted, replaced) replaces
 * the `current` flag (the adopted version is the current one; at most one, and at most one draft or
 * version in consultation), the text (preamble, vision), when and by which meeting decision it was adopted
 * (replacing `adopted_on`), and the version it was drafted from. focus_areas: the area's text.
 * strategy_positions: the positions per focus area. focus_area_mappings: how the areas of the version
 * before map into a version.
 */
export class StrategyVersions1795970000000 implements MigrationInterface {
  name = 'StrategyVersions1795970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategies" ADD "state" character varying(20) NOT NULL DEFAULT 'draft'`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "preamble" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "vision" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "adopted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "adopted_meeting_id" uuid`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "adopted_decision_id" uuid`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "based_on_id" uuid`);
    await queryRunner.query(
      `UPDATE "strategies" SET "state" = CASE WHEN "current" THEN 'adopted' ELSE 'replaced' END, "adopted_at" = ("adopted_on"::timestamp AT TIME ZONE 'Europe/Stockholm')`,
    );
    await queryRunner.query(`DROP INDEX "strategies_current_uq"`);
    await queryRunner.query(`ALTER TABLE "strategies" DROP COLUMN "current"`);
    await queryRunner.query(`ALTER TABLE "strategies" DROP COLUMN "adopted_on"`);
    await queryRunner.query(
      `ALTER TABLE "strategies" ADD CONSTRAINT "strategies_state_check" CHECK (state IN ('draft', 'in-consultation', 'adopted', 'replaced'))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "strategies_adopted_uq" ON "strategies" ("state") WHERE state = 'adopted'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "strategies_open_uq" ON "strategies" ((state IN ('draft', 'in-consultation'))) WHERE state IN ('draft', 'in-consultation')`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategies" ADD CONSTRAINT "strategies_based_on_fk" FOREIGN KEY ("based_on_id") REFERENCES "strategies"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "focus_areas" ADD "text_sv" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `CREATE TABLE "strategy_positions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "focus_area_id" uuid NOT NULL, "position" smallint NOT NULL, "text_sv" text NOT NULL, CONSTRAINT "strategy_positions_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "strategy_positions_area_idx" ON "strategy_positions" ("focus_area_id", "position") `);
    await queryRunner.query(
      `ALTER TABLE "strategy_positions" ADD CONSTRAINT "strategy_positions_focus_area_fk" FOREIGN KEY ("focus_area_id") REFERENCES "focus_areas"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "focus_area_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "strategy_id" uuid NOT NULL, "from_code" character varying(40) NOT NULL, "to_code" character varying(40), CONSTRAINT "focus_area_mappings_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "focus_area_mappings_strategy_idx" ON "focus_area_mappings" ("strategy_id") `);
    await queryRunner.query(
      `ALTER TABLE "focus_area_mappings" ADD CONSTRAINT "focus_area_mappings_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "strategies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "focus_area_mappings" DROP CONSTRAINT "focus_area_mappings_strategy_fk"`);
    await queryRunner.query(`DROP INDEX "public"."focus_area_mappings_strategy_idx"`);
    await queryRunner.query(`DROP TABLE "focus_area_mappings"`);
    await queryRunner.query(`ALTER TABLE "strategy_positions" DROP CONSTRAINT "strategy_positions_focus_area_fk"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_positions_area_idx"`);
    await queryRunner.query(`DROP TABLE "strategy_positions"`);
    await queryRunner.query(`ALTER TABLE "focus_areas" DROP COLUMN "text_sv"`);
    await queryRunner.query(`ALTER TABLE "strategies" DROP CONSTRAINT "strategies_based_on_fk"`);
    await queryRunner.query(`DROP INDEX "strategies_open_uq"`);
    await queryRunner.query(`DROP INDEX "strategies_adopted_uq"`);
    await queryRunner.query(`ALTER TABLE "strategies" DROP CONSTRAINT "strategies_state_check"`);
    // Versions other than the adopted one have no place in the old table: only the current one survives.
    await queryRunner.query(`DELETE FROM "strategies" WHERE "state" <> 'adopted'`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "adopted_on" date`);
    await queryRunner.query(`ALTER TABLE "strategies" ADD "current" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `UPDATE "strategies" SET "current" = true, "adopted_on" = coalesce(("adopted_at" AT TIME ZONE 'Europe/Stockholm')::date, '2025-01-01')`,
    );
    await queryRunner.query(`ALTER TABLE "strategies" ALTER COLUMN "adopted_on" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "strategies_current_uq" ON "strategies" ("current") WHERE "current"`);
    for (const column of ['based_on_id', 'adopted_decision_id', 'adopted_meeting_id', 'adopted_at', 'vision', 'preamble', 'state']) {
      await queryRunner.query(`ALTER TABLE "strategies" DROP COLUMN "${column}"`);
    }
  }
}
