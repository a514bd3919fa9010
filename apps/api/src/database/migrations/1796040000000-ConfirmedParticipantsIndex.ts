import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participants by organisation type (the strategy evidence panel, the coverage report's mix): a partial
 * index of the confirmed registrations that holds both columns the count reads, so the count over years
 * of conferences is an index-only scan instead of a pass over the whole registrations table.
 */
export class ConfirmedParticipantsIndex1796040000000 implements MigrationInterface {
  name = 'ConfirmedParticipantsIndex1796040000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "registrations_confirmed_type_idx" ON "registrations" ("conference_id", "organisation_type") WHERE "status" = 'confirmed'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."registrations_confirmed_type_idx"`);
  }
}
