import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rate-limit counters are written by every public write, twice (per client address, per subject),
 * each in a transaction of its own: logged, each waited for its WAL flush, two flushes on top of the
 * registration's own. Unlogged, a counter update commits without a flush. What is given up: after a
 * crash PostgreSQL empties the table, so the windows open at the time start again, and a standby does
 * not have the counters (it serves no writes to count). Counting a few clients afresh after a crash is
 * no loss for a limit that stops abuse within minutes.
 */
export class UnloggedRateLimitCounters1796060000000 implements MigrationInterface {
  name = 'UnloggedRateLimitCounters1796060000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_counters" SET UNLOGGED`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rate_limit_counters" SET LOGGED`);
  }
}
