import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret links are kept only as SHA-256 hashes (LinkTokens). Existing tokens are hashed in place, so
 * links already mailed keep working; they get version 0, which marks a token the app can't make again:
 * the next page or mail that needs one of them issues version 1 (and the older link then stops).
 */
export class HashedLinkTokens1795790000000 implements MigrationInterface {
  name = 'HashedLinkTokens1795790000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const sha256 = (column: string) => `encode(sha256(convert_to(${column}, 'UTF8')), 'hex')`;
    await queryRunner.query(`DROP INDEX "public"."registrations_manage_token_uq"`);
    await queryRunner.query(`DROP INDEX "public"."registrations_calendar_token_uq"`);
    await queryRunner.query(`ALTER TABLE "registrations" RENAME COLUMN "manage_token" TO "manage_token_hash"`);
    await queryRunner.query(`ALTER TABLE "registrations" RENAME COLUMN "calendar_token" TO "calendar_token_hash"`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD "manage_token_version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "registrations" ADD "calendar_token_version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(
      `UPDATE "registrations" SET "manage_token_hash" = ${sha256('manage_token_hash')}, "calendar_token_hash" = ${sha256('calendar_token_hash')},
              "manage_token_version" = 0, "calendar_token_version" = 0`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "registrations_manage_token_hash_uq" ON "registrations" ("manage_token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "registrations_calendar_token_hash_uq" ON "registrations" ("calendar_token_hash") `);

    await queryRunner.query(`DROP INDEX "public"."calendar_tokens_token_uq"`);
    await queryRunner.query(`ALTER TABLE "calendar_tokens" RENAME COLUMN "token" TO "token_hash"`);
    await queryRunner.query(`ALTER TABLE "calendar_tokens" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`UPDATE "calendar_tokens" SET "token_hash" = ${sha256('token_hash')}, "version" = 0`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_tokens_token_hash_uq" ON "calendar_tokens" ("token_hash") `);
  }

  public async down(): Promise<void> {
    // A hash can't be turned back into its token: going back would break every link in people's mail.
    throw new Error('HashedLinkTokens cannot be reverted: the tokens are no longer stored.');
  }
}
