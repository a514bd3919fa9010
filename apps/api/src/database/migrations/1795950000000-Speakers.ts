import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speaker register. `speakers`: one entry per person; `agenda_item_speakers`: which entries speak
 * at an item, in order; `speaker_invitations`: an invitation per item and speaker, with the hash of
 * its secret link, belonging to the link (removed with it, moved with it by a merge).
 *
 * The speakers that items held as text move into the register (SPEAKER_STRINGS_TO_REGISTER), and the
 * text column goes. One entry per distinct name across all conferences, after trimming, folding runs
 * of white space and case: the register is of people, who speak at more than one conference, and the
 * double-booking check and invitations need one entry per person. Two people who share a name end up
 * as one entry; staff can correct that in the register (a split is a new entry and a changed link),
 * whereas per-conference entries would have to be merged by hand for everyone who came back.
 */
export class Speakers1795950000000 implements MigrationInterface {
  name = 'Speakers1795950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "speakers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "email" character varying(254), "organisation" character varying(200), "title" character varying(200), "bio_sv" text, "bio_en" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "speakers_pk" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agenda_item_speakers" ("agenda_item_id" uuid NOT NULL, "speaker_id" uuid NOT NULL, "position" smallint NOT NULL, CONSTRAINT "agenda_item_speakers_pk" PRIMARY KEY ("agenda_item_id", "speaker_id"))`);
    await queryRunner.query(`CREATE INDEX "agenda_item_speakers_speaker_idx" ON "agenda_item_speakers" ("speaker_id") `);
    await queryRunner.query(`CREATE TABLE "speaker_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agenda_item_id" uuid NOT NULL, "speaker_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'invited', "token_hash" character varying(64) NOT NULL, "token_version" integer NOT NULL DEFAULT '1', "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "speaker_invitations_link_uq" UNIQUE ("agenda_item_id", "speaker_id"), CONSTRAINT "speaker_invitations_status_check" CHECK (status IN ('invited', 'confirmed', 'declined')), CONSTRAINT "speaker_invitations_pk" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "speaker_invitations_token_hash_uq" ON "speaker_invitations" ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "agenda_item_speakers" ADD CONSTRAINT "agenda_item_speakers_item_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agenda_item_speakers" ADD CONSTRAINT "agenda_item_speakers_speaker_fk" FOREIGN KEY ("speaker_id") REFERENCES "speakers"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    await queryRunner.query(`ALTER TABLE "speaker_invitations" ADD CONSTRAINT "speaker_invitations_link_fk" FOREIGN KEY ("agenda_item_id", "speaker_id") REFERENCES "agenda_item_speakers"("agenda_item_id","speaker_id") ON DELETE CASCADE ON UPDATE CASCADE`);
    for (const sql of SPEAKER_STRINGS_TO_REGISTER) await queryRunner.query(sql);
    await queryRunner.query(`ALTER TABLE "agenda_items" DROP COLUMN "speakers"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_items" ADD "speakers" jsonb NOT NULL DEFAULT '[]'`);
    for (const sql of SPEAKER_REGISTER_TO_STRINGS) await queryRunner.query(sql);
    await queryRunner.query(`ALTER TABLE "speaker_invitations" DROP CONSTRAINT "speaker_invitations_link_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_item_speakers" DROP CONSTRAINT "agenda_item_speakers_speaker_fk"`);
    await queryRunner.query(`ALTER TABLE "agenda_item_speakers" DROP CONSTRAINT "agenda_item_speakers_item_fk"`);
    await queryRunner.query(`DROP INDEX "public"."speaker_invitations_token_hash_uq"`);
    await queryRunner.query(`DROP TABLE "speaker_invitations"`);
    await queryRunner.query(`DROP INDEX "public"."agenda_item_speakers_speaker_idx"`);
    await queryRunner.query(`DROP TABLE "agenda_item_speakers"`);
    await queryRunner.query(`DROP TABLE "speakers"`);
  }
}

/** A speaker's name as stored (trimmed, single spaces) and its key (that, in lower case). */
const CLEAN = (expr: string) => `regexp_replace(btrim(${expr}), '\\s+', ' ', 'g')`;

/**
 * Every speaker named as text: by the draft items (agenda_items.speakers) and by the published versions
 * (their snapshots keep speakers of items since changed or removed), with where each was seen first.
 */
const NAMED = `
  named AS (
    SELECT ${CLEAN(`s.elem->>'name'`)} AS name, nullif(btrim(s.elem->>'organisation'), '') AS organisation,
           i.created_at AS seen_at, i.id::text AS source, s.ord
      FROM agenda_items i CROSS JOIN LATERAL jsonb_array_elements(i.speakers) WITH ORDINALITY AS s(elem, ord)
     WHERE jsonb_typeof(i.speakers) = 'array' AND btrim(coalesce(s.elem->>'name', '')) <> ''
    UNION ALL
    SELECT ${CLEAN(`s.elem->>'name'`)}, nullif(btrim(s.elem->>'organisation'), ''), v.published_at, v.id::text || ':' || (it.item->>'id'), s.ord
      FROM agenda_versions v
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(v.snapshot->'items') = 'array' THEN v.snapshot->'items' ELSE '[]' END) AS it(item)
      CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(it.item->'speakers') = 'array' THEN it.item->'speakers' ELSE '[]' END)
           WITH ORDINALITY AS s(elem, ord)
     WHERE btrim(coalesce(s.elem->>'name', '')) <> ''
  )`;

/** The data step of `up`, in order: exported so a test can run it on rows of the old shape. */
export const SPEAKER_STRINGS_TO_REGISTER = [
  // One entry per key: the spelling seen first, and the first organisation given for any spelling.
  `WITH ${NAMED}
   INSERT INTO speakers (name, organisation)
   SELECT DISTINCT ON (lower(n.name)) left(n.name, 200),
          (SELECT left(o.organisation, 200) FROM named o WHERE lower(o.name) = lower(n.name) AND o.organisation IS NOT NULL
            ORDER BY o.seen_at, o.source, o.ord LIMIT 1)
     FROM named n
    ORDER BY lower(n.name), n.seen_at, n.source, n.ord`,
  // The draft items' links, in their order, once per person (two spellings on one item are one speaker).
  `INSERT INTO agenda_item_speakers (agenda_item_id, speaker_id, position)
   SELECT k.item_id, sp.id, (row_number() OVER (PARTITION BY k.item_id ORDER BY k.ord) - 1)::smallint
     FROM (
       SELECT DISTINCT ON (i.id, lower(${CLEAN(`s.elem->>'name'`)})) i.id AS item_id, lower(${CLEAN(`s.elem->>'name'`)}) AS key, s.ord
         FROM agenda_items i CROSS JOIN LATERAL jsonb_array_elements(i.speakers) WITH ORDINALITY AS s(elem, ord)
        WHERE jsonb_typeof(i.speakers) = 'array' AND btrim(coalesce(s.elem->>'name', '')) <> ''
        ORDER BY i.id, lower(${CLEAN(`s.elem->>'name'`)}), s.ord
     ) k
     JOIN speakers sp ON lower(sp.name) = k.key`,
  // Published versions name the entries too (id, name as published, no title, organisation as published),
  // so the next version compares like with like and the public item page finds the person.
  `UPDATE agenda_versions v SET snapshot = jsonb_set(v.snapshot, '{items}', (
     SELECT coalesce(jsonb_agg(
              CASE WHEN jsonb_typeof(it.item->'speakers') = 'array' THEN jsonb_set(it.item, '{speakers}', (
                SELECT coalesce(jsonb_agg(jsonb_build_object(
                         'id', sp.id, 'name', ${CLEAN(`s.elem->>'name'`)}, 'title', NULL,
                         'organisation', nullif(btrim(s.elem->>'organisation'), '')) ORDER BY s.ord), '[]'::jsonb)
                  FROM jsonb_array_elements(it.item->'speakers') WITH ORDINALITY AS s(elem, ord)
                  JOIN speakers sp ON lower(sp.name) = lower(${CLEAN(`s.elem->>'name'`)})))
              ELSE it.item END ORDER BY it.n), '[]'::jsonb)
       FROM jsonb_array_elements(v.snapshot->'items') WITH ORDINALITY AS it(item, n)))
   WHERE jsonb_typeof(v.snapshot->'items') = 'array'`,
];

/** The data step of `down`: the links back into text, the snapshots without ids and titles. */
const SPEAKER_REGISTER_TO_STRINGS = [
  `UPDATE agenda_items i SET speakers = coalesce((
     SELECT jsonb_agg(jsonb_build_object('name', s.name, 'organisation', s.organisation) ORDER BY l.position)
       FROM agenda_item_speakers l JOIN speakers s ON s.id = l.speaker_id WHERE l.agenda_item_id = i.id), '[]')`,
  `UPDATE agenda_versions v SET snapshot = jsonb_set(v.snapshot, '{items}', (
     SELECT coalesce(jsonb_agg(
              CASE WHEN jsonb_typeof(it.item->'speakers') = 'array' THEN jsonb_set(it.item, '{speakers}', (
                SELECT coalesce(jsonb_agg(jsonb_build_object('name', s.elem->>'name', 'organisation', s.elem->'organisation') ORDER BY s.ord), '[]'::jsonb)
                  FROM jsonb_array_elements(it.item->'speakers') WITH ORDINALITY AS s(elem, ord)))
              ELSE it.item END ORDER BY it.n), '[]'::jsonb)
       FROM jsonb_array_elements(v.snapshot->'items') WITH ORDINALITY AS it(item, n)))
   WHERE jsonb_typeof(v.snapshot->'items') = 'array'`,
];
