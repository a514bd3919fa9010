import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * registrations.health_data_consent_at: when the person consented to the processing of their dietary
 * and accessibility needs (health data, GDPR art. 9); null without consent. Rows from before have no
 * recorded consent and keep null.
 */
export class HealthDataConsent1795830000000 implements MigrationInterface {
  name = 'HealthDataConsent1795830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" ADD "health_data_consent_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "registrations" DROP COLUMN "health_data_consent_at"`);
  }
}
