import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Conferences get a readable address. Existing rows get one here, by the same rule as new ones
 * (libs/conferences/api/src/lib/conference-slug.ts) in SQL: Swedish title in ASCII words, the
 * Stockholm year unless the title holds it, numbered from -2 in order of creation where two meet.
 */
export const BACKFILL_CONFERENCE_SLUGS_SQL = `
WITH words AS (
  SELECT id, created_at,
         extract(year FROM starts_at AT TIME ZONE 'Europe/Stockholm')::int::text AS year,
         trim(both '-' FROM regexp_replace(
           replace(replace(replace(replace(
             translate(lower(title_sv), 'åäàáâãéèêëíìîïóòôõöúùûüýÿñçøđł', 'aaaaaaeeeeiiiiooooouuuuyyncodl'),
             'æ', 'ae'), 'ß', 'ss'), 'œ', 'oe'), 'þ', 'th'),
           '[^a-z0-9]+', '-', 'g')) AS words
  FROM conferences WHERE slug IS NULL
), cut AS (
  SELECT id, created_at, year,
         CASE WHEN length(words) > 71 THEN trim(both '-' FROM regexp_replace(left(words, 72), '-[^-]*$', '')) ELSE words END AS words
  FROM words
), bases AS (
  SELECT id, created_at,
         CASE WHEN words ~ ('(^|-)' || year || '(-|$)') THEN words
              WHEN words = '' THEN year
              ELSE words || '-' || year END AS base
  FROM cut
), numbered AS (
  SELECT id, base, row_number() OVER (PARTITION BY base ORDER BY created_at, id) AS n FROM bases
)
UPDATE conferences c SET slug = CASE WHEN n = 1 THEN numbered.base ELSE numbered.base || '-' || n END
FROM numbered WHERE numbered.id = c.id`;

export class ConferenceSlugs1795960000000 implements MigrationInterface {
  name = 'ConferenceSlugs1795960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conferences" ADD "slug" character varying(80)`);
    await queryRunner.query(BACKFILL_CONFERENCE_SLUGS_SQL);
    await queryRunner.query(`CREATE UNIQUE INDEX "conferences_slug_uq" ON "conferences" ("slug") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."conferences_slug_uq"`);
    await queryRunner.query(`ALTER TABLE "conferences" DROP COLUMN "slug"`);
  }
}
