import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * registrations.check_in_code_hash: SHA-256 of the registration's check-in code (the QR code on the
 * confirmation mail, the manage page and the badge). The code is made again from the id (CheckInCodes),
 * so rows from before get their hash the first time their code is shown.
 * registrations.checked_in_by: the staff member who checked the person in (null when unknown).
 */
export class CheckInCodes1795840000000 implements MigrationInterface {
  name = 'CheckInCodes1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" ADD "check_in_code_hash" character varying(64)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "registrations_check_in_code_hash_uq" ON "registrations" ("check_in_code_hash") `);
    await queryRunner.query(`ALTER TABLE "registrations" ADD "checked_in_by" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "checked_in_by"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_check_in_code_hash_uq"`);
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "check_in_code_hash"`);
  }
}
