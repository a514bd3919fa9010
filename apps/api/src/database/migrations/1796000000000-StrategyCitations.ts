import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * strategy_citations: a position of a strategy version cites an entry of the evidence panel by kind and
 * id (no foreign key to the cited row, which lives in a later domain; gone shows as "removed").
 */
export class StrategyCitations1796000000000 implements MigrationInterface {
  name = 'StrategyCitations1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "strategy_citations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "position_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "ref_id" uuid NOT NULL, CONSTRAINT "strategy_citations_uq" UNIQUE ("position_id", "kind", "ref_id"), CONSTRAINT "strategy_citations_kind_check" CHECK (kind IN ('theme', 'programme-item', 'past-session', 'proposal', 'decision', 'participants', 'wishes')), CONSTRAINT "strategy_citations_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "strategy_citations_position_idx" ON "strategy_citations" ("position_id") `);
    await queryRunner.query(
      `ALTER TABLE "strategy_citations" ADD CONSTRAINT "strategy_citations_position_fk" FOREIGN KEY ("position_id") REFERENCES "strategy_positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy_citations" DROP CONSTRAINT "strategy_citations_position_fk"`);
    await queryRunner.query(`DROP INDEX "public"."strategy_citations_position_idx"`);
    await queryRunner.query(`DROP TABLE "strategy_citations"`);
  }
}
