import { HISTORY_SQL } from '@samverkan/strategy/api';
/** How long a removed item stays in feeds as CANCELLED, so subscribed calendars drop it. */
export const REMOVED_KEPT_DAYS = 60;

/** What a conference feed is made of, for its cache key: 404 for unknown and draft conferences. */
export const CONFERENCE_FEED_STATE_SQL = `
  SELECT c.updated_at, (SELECT max(number) FROM agenda_versions v WHERE v.conference_id = c.id) AS latest,
         (SELECT max(updated_at) FROM focus_areas) AS areas_at,
         (SELECT id FROM strategies WHERE state = 'adopted') AS adopted_id
    FROM conferences c WHERE c.id = $1 AND c.status <> 'draft'`;

/** Conferences visible to the public with their latest published programme; $2 filters items by focus-area codes (any of them). */
export const CONFERENCE_SQL = `
  SELECT c.id, c.slug, c.status, c.title_sv, c.title_en, c.description_sv, c.description_en, c.venue, c.address,
         c.starts_at, c.ends_at, c.created_at, c.updated_at, v.published_at,
         (SELECT coalesce(json_agg(h), '[]') FROM (${HISTORY_SQL}) h) AS strategies,
         CASE WHEN $2::text[] IS NULL THEN v.snapshot->'items'
              ELSE (SELECT coalesce(jsonb_agg(it), '[]'::jsonb) FROM jsonb_array_elements(v.snapshot->'items') it
                     WHERE it->'focusAreaCodes' ?| $2::text[]) END AS items
    FROM conferences c
    LEFT JOIN LATERAL (
      SELECT published_at, snapshot FROM agenda_versions WHERE conference_id = c.id ORDER BY number DESC LIMIT 1
    ) v ON true
   WHERE c.status <> 'draft' AND ($1::uuid IS NULL OR c.id = $1::uuid)
   ORDER BY c.starts_at`;

/**
 * Items removed from a programme in the last REMOVED_KEPT_DAYS days, as they were just before their
 * removal (from the previous version's snapshot), for one conference or all visible ones.
 */
export const REMOVED_SQL = `
  SELECT DISTINCT ON (v.conference_id, ch->>'itemId') v.conference_id, v.published_at AS removed_at, prev.item
    FROM agenda_versions v
    JOIN conferences c ON c.id = v.conference_id AND c.status <> 'draft'
    CROSS JOIN LATERAL jsonb_array_elements(v.changes) ch
    JOIN agenda_versions p ON p.conference_id = v.conference_id AND p.number = v.number - 1
    CROSS JOIN LATERAL (
      SELECT it AS item FROM jsonb_array_elements(p.snapshot->'items') it WHERE it->>'id' = ch->>'itemId' LIMIT 1
    ) prev
   WHERE ch->>'kind' = 'removed'
     AND v.published_at > now() - make_interval(days => ${REMOVED_KEPT_DAYS})
     AND ($1::uuid IS NULL OR v.conference_id = $1::uuid)
   ORDER BY v.conference_id, ch->>'itemId', v.number DESC`;

/** The conference of an item, in the draft or in any published version. */
export const ITEM_CONFERENCE_SQL = `
  SELECT conference_id FROM agenda_items WHERE id = $1
  UNION ALL
  SELECT conference_id FROM agenda_versions WHERE snapshot->'items' @> jsonb_build_array(jsonb_build_object('id', $1::text))
  LIMIT 1`;

/** A registration by its calendar token's hash: its sessions, and the ones given up in the last REMOVED_KEPT_DAYS days. */
export const REGISTRATION_FEED_SQL = `
  SELECT r.conference_id, r.status AS registration_status, r.language, r.updated_at AS registration_updated_at,
         array(SELECT agenda_item_id::text FROM session_signups s WHERE s.registration_id = r.id) AS chosen,
         (SELECT coalesce(json_agg(json_build_object('id', w.agenda_item_id, 'at', w.withdrawn_at)), '[]')
            FROM session_withdrawals w
           WHERE w.registration_id = r.id AND w.withdrawn_at > now() - make_interval(days => ${REMOVED_KEPT_DAYS})) AS withdrawn
    FROM registrations r WHERE r.calendar_token_hash = $1 AND r.anonymised_at IS NULL`;

/** The active account a meeting-feed token belongs to, with its roles. */
export const MEETING_FEED_OWNER_SQL = `
  SELECT u.roles FROM calendar_tokens t JOIN users u ON u.id = t.user_id AND u.active WHERE t.token_hash = $1`;

/** The working committee's meetings from a year ago on. */
export const MEETINGS_SQL = `
  SELECT id, title, starts_at, ends_at, place, video_link, created_at, updated_at
    FROM meetings WHERE starts_at > now() - interval '1 year'
   ORDER BY starts_at`;
