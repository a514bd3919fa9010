import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consultation of a strategy version: strategy_comments (a comment per position) and
 * strategy_wording_proposals (a proposed new wording, decided once). meeting_items: a new kind,
 * `strategy-adoption`, naming the strategy version a meeting decision adopts.
 */
export class StrategyConsultation1796010000000 implements MigrationInterface {
  name = 'StrategyConsultation1796010000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "strategy_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "strategy_id" uuid NOT NULL, "position_id" uuid NOT NULL, "author_id" uuid NOT NULL, "text" text NOT NULL, CONSTRAINT "strategy_comments_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "strategy_comments_strategy_idx" ON "strategy_comments" ("strategy_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "strategies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_position_fk" FOREIGN KEY ("position_id") REFERENCES "strategy_positions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_author_fk" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TABLE "strategy_wording_proposals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "strategy_id" uuid NOT NULL, "position_id" uuid NOT NULL, "proposer_id" uuid NOT NULL, "text" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "reason" text, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, CONSTRAINT "strategy_wording_proposals_status_check" CHECK (status IN ('pending', 'accepted', 'rejected')), CONSTRAINT "strategy_wording_proposals_pk" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "strategy_wording_proposals_strategy_idx" ON "strategy_wording_proposals" ("strategy_id", "created_at") `,
    );
    for (const [name, column, table, onDelete] of [
      ['strategy_wording_proposals_strategy_fk', 'strategy_id', 'strategies', 'CASCADE'],
      ['strategy_wording_proposals_position_fk', 'position_id', 'strategy_positions', 'CASCADE'],
      ['strategy_wording_proposals_proposer_fk', 'proposer_id', 'users', 'CASCADE'],
      ['strategy_wording_proposals_decided_by_fk', 'decided_by_id', 'users', 'SET NULL'],
    ]) {
      await queryRunner.query(
        `ALTER TABLE "strategy_wording_proposals" ADD CONSTRAINT "${name}" FOREIGN KEY ("${column}") REFERENCES "${table}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
    await queryRunner.query(`ALTER TABLE "meeting_items" ADD "strategy_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_strategy_fk" FOREIGN KEY ("strategy_id") REFERENCES "strategies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_kind_check" CHECK (kind IN ('standard', 'previous-minutes', 'proposal', 'action-item', 'other', 'strategy-adoption'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "meeting_items" WHERE "kind" = 'strategy-adoption'`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "meeting_items" ADD CONSTRAINT "meeting_items_kind_check" CHECK (kind IN ('standard', 'previous-minutes', 'proposal', 'action-item', 'other'))`,
    );
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP CONSTRAINT "meeting_items_strategy_fk"`);
    await queryRunner.query(`ALTER TABLE "meeting_items" DROP COLUMN "strategy_id"`);
    await queryRunner.query(`DROP TABLE "strategy_wording_proposals"`);
    await queryRunner.query(`DROP TABLE "strategy_comments"`);
  }
}
