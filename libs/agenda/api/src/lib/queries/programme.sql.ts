import { signupsTakenSql } from '../agenda.entity';

/** Accepted session proposals for a conference that are not on its agenda yet, oldest decision first. */
export const CANDIDATES_SQL = `
  SELECT p.id, p.title, p.summary, p.format, p.duration_minutes FROM proposals p
   WHERE p.target_conference_id = $1 AND p.kind = 'session' AND p.state = 'accepted'
     AND NOT EXISTS (SELECT 1 FROM agenda_items i WHERE i.source_proposal_id = p.id)
   ORDER BY p.decided_at`;

/** A conference's status and the number of its latest published version (null: none yet). */
export const LATEST_NUMBER_SQL = `
  SELECT c.status, (SELECT max(number) FROM agenda_versions v WHERE v.conference_id = c.id) AS latest
    FROM conferences c WHERE c.id = $1`;

/** One version's snapshot as JSON text, and when it was published. */
export const VERSION_TEXT_SQL = `SELECT snapshot::text AS snapshot, published_at FROM agenda_versions WHERE conference_id = $1 AND number = $2`;

/** Live places taken of the sessions with sign-up in the latest published version. */
export const SIGNUP_COUNTS_SQL = `
  WITH latest AS (SELECT snapshot FROM agenda_versions WHERE conference_id = $1 ORDER BY number DESC LIMIT 1)
  SELECT i.id, ${signupsTakenSql('i.id')} AS signup_count, i.signup_capacity
    FROM agenda_items i, latest
   WHERE i.conference_id = $1 AND i.signup_required
     AND latest.snapshot->'items' @> jsonb_build_array(jsonb_build_object('id', i.id::text))`;

/** An item as its conference's latest published version holds it (never of a draft conference). */
export const PUBLISHED_ITEM_SQL = `
  SELECT v.conference_id, v.number, item
    FROM agenda_versions v
    JOIN conferences c ON c.id = v.conference_id AND c.status <> 'draft'
    CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') AS item
   WHERE item->>'id' = $1
     AND v.number = (SELECT max(number) FROM agenda_versions w WHERE w.conference_id = v.conference_id)`;
