import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rate_limit_counters: the throttler's counters of public writes (per client address, per subject),
 * in the database so that every API process counts in the same place. Keys are hashes.
 */
export class RateLimitCounters1796020000000 implements MigrationInterface {
  name = 'RateLimitCounters1796020000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limit_counters" ("key" character varying(64) NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "rate_limit_counters_pkey" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "rate_limit_counters_expires_idx" ON "rate_limit_counters" ("expires_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counters"`);
  }
}
