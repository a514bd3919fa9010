import { PROGRAMME_ITEM_TYPES } from '@samverkan/agenda/contract';
import type { PageEntryRow } from './evidence-rules';

/**
 * The evidence panel's SQL. Programme items count when they are programme (the agenda's share rule's
 * types, fixed words) and their conference's programme has been published (an agenda version exists).
 */
const PROGRAMME_TYPES = `(${PROGRAMME_ITEM_TYPES.map((type) => `'${type}'`).join(', ')})`;
const PUBLISHED_ITEM = `a.type IN ${PROGRAMME_TYPES} AND EXISTS (SELECT 1 FROM agenda_versions v WHERE v.conference_id = a.conference_id)`;
const DECIDED_ITEM = `mi.decided_at IS NOT NULL`;

/**
 * The conferences of the window, live (not cancelled) and imported: `sel(id, title, starts_on)`.
 * $1 fromYear, $2 toYear, $3 conference ids (null = all), $4 since (a time; null = no lower bound).
 */
const WINDOW = `
  sel AS (
    SELECT * FROM (
      SELECT c.id, c.title_sv AS title, (c.starts_at AT TIME ZONE 'Europe/Stockholm')::date AS starts_on
        FROM conferences c WHERE c.status <> 'cancelled'
      UNION ALL
      SELECT p.id, p.title, p.starts_on FROM past_conferences p
    ) s
    WHERE ($1::int IS NULL OR extract(year FROM s.starts_on) >= $1)
      AND ($2::int IS NULL OR extract(year FROM s.starts_on) <= $2)
      AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
      AND ($4::timestamptz IS NULL OR s.starts_on >= ($4::timestamptz AT TIME ZONE 'Europe/Stockholm')::date)
  )`;

export interface WindowConferenceRow {
  id: string;
  title: string;
  starts_on: string;
}

export const WINDOW_CONFERENCES_SQL = `
  WITH ${WINDOW}
  SELECT id, title, to_char(starts_on, 'YYYY-MM-DD') AS starts_on FROM sel ORDER BY starts_on, title`;

export interface EntryRow {
  kind: string;
  id: string;
  code: string;
  conference_id: string;
  label: string;
  minutes: number | null;
  count: number | null;
}

/** The translation of older codes into the version's (`tr`), and per area its old codes: parameters $from, $from + 1. */
const areaCodes = (from: number) => `
  tr AS (SELECT * FROM unnest($${from}::text[], $${from + 1}::text[]) AS m(from_code, to_code)),
  area_codes AS (SELECT to_code, array_agg(from_code) AS from_codes FROM tr GROUP BY to_code)`;

/**
 * Every evidence entry of the window under the version's area codes: $5 from-codes, $6 to-codes (the
 * translation of older codes through the stored mappings), one row per entry and area code. An entry
 * tagged with two old codes that map to one area appears once for it (after DISTINCT). Participants
 * are added per conference by the service.
 * Entries that hold their codes in an array (imported sessions, evaluation answers) are matched with
 * the array overlap `&&` against each area's list of old codes (`area_codes`): one row per entry and
 * area, so the wishes are a plain count (an answer is counted once per area, as count(DISTINCT) did) and
 * no array is unnested per row (benchmark: tools/bench/evidence.mjs).
 */
const AREA_ENTRIES = `
    SELECT 'theme'::text AS kind, t.id, tr.to_code AS code, t.conference_id, t.title_sv AS label, NULL::int AS minutes, NULL::int AS count
      FROM themes t JOIN sel ON sel.id = t.conference_id
      JOIN theme_focus_areas tf ON tf.theme_id = t.id JOIN focus_areas fa ON fa.id = tf.focus_area_id
      JOIN tr ON tr.from_code = fa.code
    UNION ALL
    SELECT 'programme-item', a.id, tr.to_code, a.conference_id, a.title_sv,
           CASE WHEN a.starts_at IS NOT NULL THEN round(extract(epoch FROM a.ends_at - a.starts_at) / 60)::int END, NULL
      FROM agenda_items a JOIN sel ON sel.id = a.conference_id
      JOIN agenda_item_focus_areas af ON af.agenda_item_id = a.id JOIN focus_areas fa ON fa.id = af.focus_area_id
      JOIN tr ON tr.from_code = fa.code
     WHERE ${PUBLISHED_ITEM}
    UNION ALL
    SELECT 'past-session', ps.id, ac.to_code, ps.past_conference_id, ps.title,
           CASE WHEN ps.format = 'theme' THEN NULL ELSE ps.minutes END, NULL
      FROM past_sessions ps JOIN sel ON sel.id = ps.past_conference_id
      JOIN area_codes ac ON ps.focus_area_codes && ac.from_codes
    UNION ALL
    SELECT 'proposal', p.id, tr.to_code, p.target_conference_id, p.title, NULL, NULL
      FROM proposals p JOIN sel ON sel.id = p.target_conference_id
      JOIN proposal_focus_areas pf ON pf.proposal_id = p.id JOIN focus_areas fa ON fa.id = pf.focus_area_id
      JOIN tr ON tr.from_code = fa.code
     WHERE p.state = 'accepted'
    UNION ALL
    SELECT 'decision', mi.id, tr.to_code, p.target_conference_id,
           mi.title || coalesce(': ' || left(mi.decision_text, 200), ''), NULL, NULL
      FROM meeting_items mi JOIN proposals p ON p.id = mi.proposal_id JOIN sel ON sel.id = p.target_conference_id
      JOIN proposal_focus_areas pf ON pf.proposal_id = p.id JOIN focus_areas fa ON fa.id = pf.focus_area_id
      JOIN tr ON tr.from_code = fa.code
     WHERE ${DECIDED_ITEM}
    UNION ALL
    SELECT 'wishes', ea.conference_id, ac.to_code, ea.conference_id, sel.title, NULL, count(*)::int
      FROM evaluation_answers ea JOIN sel ON sel.id = ea.conference_id
      JOIN area_codes ac ON ea.focus_area_codes && ac.from_codes
     GROUP BY ea.conference_id, ac.to_code, sel.title
`;

/** Every entry of the window with its area code (the suggestions count conferences per area). */
export const ENTRIES_SQL = `
  WITH ${WINDOW}, ${areaCodes(5)}
  SELECT DISTINCT kind, id, code, conference_id, label, minutes, count FROM (${AREA_ENTRIES}) e`;

/**
 * A row of ENTRIES_PAGE_SQL: what `pageEntries` reads (kind `participants`: one row per conference and
 * organisation type, `count` people of that type), and the totals.
 */
export interface PageRow extends PageEntryRow {
  /** On the one totals row (kind null): conferences with evidence, and their entries. */
  total_conferences: number | null;
  total_entries: number | null;
}

/**
 * One page of the evidence of one area, for the window's conferences as found by WINDOW_CONFERENCES_SQL
 * ($1 ids, $2 titles, $3 days; $4/$5 translate older codes into the area): the entries of the conferences
 * with evidence ranked $6 + 1 to $6 + $7, the most recent first; their participants, one row per
 * organisation type (confirmed registrations, or an imported conference's counts); and one totals row
 * (kind null). The entries are found once (materialised) and counted, but only the page's leave the
 * database. The window comes in as arrays, not as the filters: prepared, the statement's generic plan
 * then has no "filter is null or …" to plan blind, and runs as fast as one planned afresh.
 */
export const ENTRIES_PAGE_SQL = `
  WITH sel AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[]) AS s(id, title, starts_on)), ${areaCodes(4)},
  e AS MATERIALIZED (SELECT DISTINCT kind, id, conference_id, label, minutes, count FROM (${AREA_ENTRIES}) u),
  ranked AS (
    SELECT x.conference_id, row_number() OVER (ORDER BY sel.starts_on DESC, x.conference_id) AS rank
      FROM (SELECT DISTINCT conference_id FROM e) x JOIN sel ON sel.id = x.conference_id
  ),
  page AS (SELECT conference_id FROM ranked WHERE rank > $6 AND rank <= $6 + $7)
  SELECT e.kind, e.id, e.conference_id, e.label, e.minutes, e.count,
         NULL::text AS organisation_type, NULL::int AS total_conferences, NULL::int AS total_entries
    FROM e JOIN page USING (conference_id)
  UNION ALL
  SELECT 'participants', r.conference_id, r.conference_id, NULL, NULL, count(*)::int, r.organisation_type, NULL, NULL
    FROM registrations r JOIN page USING (conference_id) WHERE r.status = 'confirmed'
   GROUP BY r.conference_id, r.organisation_type
  UNION ALL
  SELECT 'participants', pc.past_conference_id, pc.past_conference_id, NULL, NULL, pc.count, pc.organisation_type, NULL, NULL
    FROM past_participant_counts pc JOIN page ON page.conference_id = pc.past_conference_id
  UNION ALL
  SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, (SELECT count(*) FROM ranked)::int, (SELECT count(*) FROM e)::int`;

export interface RefLabelRow {
  kind: string;
  id: string;
  label: string | null;
  conference_title: string | null;
}

/**
 * The labels of cited entries now ($1 kinds, $2 ids): null label when the entry is gone (or no longer
 * evidence: a proposal no longer accepted, an item whose conference was never published).
 */
export const REF_LABELS_SQL = `
  SELECT r.kind, r.id, x.label, x.conference_title
    FROM unnest($1::text[], $2::uuid[]) AS r(kind, id)
    LEFT JOIN LATERAL (
      SELECT t.title_sv AS label, c.title_sv AS conference_title
        FROM themes t JOIN conferences c ON c.id = t.conference_id WHERE r.kind = 'theme' AND t.id = r.id
      UNION ALL
      SELECT a.title_sv, c.title_sv FROM agenda_items a JOIN conferences c ON c.id = a.conference_id
       WHERE r.kind = 'programme-item' AND a.id = r.id AND ${PUBLISHED_ITEM}
      UNION ALL
      SELECT ps.title, pc.title FROM past_sessions ps JOIN past_conferences pc ON pc.id = ps.past_conference_id
       WHERE r.kind = 'past-session' AND ps.id = r.id
      UNION ALL
      SELECT p.title, c.title_sv FROM proposals p LEFT JOIN conferences c ON c.id = p.target_conference_id
       WHERE r.kind = 'proposal' AND p.id = r.id AND p.state = 'accepted'
      UNION ALL
      SELECT mi.title || coalesce(': ' || left(mi.decision_text, 200), ''), c.title_sv
        FROM meeting_items mi JOIN proposals p ON p.id = mi.proposal_id LEFT JOIN conferences c ON c.id = p.target_conference_id
       WHERE r.kind = 'decision' AND mi.id = r.id AND ${DECIDED_ITEM}
      UNION ALL
      SELECT s.title, s.title FROM (
        SELECT c.id, c.title_sv AS title FROM conferences c UNION ALL SELECT pc.id, pc.title FROM past_conferences pc
      ) s WHERE r.kind = 'participants' AND s.id = r.id
      UNION ALL
      SELECT c.title_sv, c.title_sv FROM conferences c
       WHERE r.kind = 'wishes' AND c.id = r.id AND EXISTS (SELECT 1 FROM evaluation_answers ea WHERE ea.conference_id = c.id)
      LIMIT 1
    ) x ON true`;

export interface VersionLinkRow {
  id: string;
  based_on_id: string | null;
  adopted_at: Date | null;
  state: string;
  mapping: Array<{ from: string; to: string[] }>;
  codes: string[];
}

/** Every version with what it was based on, its mapping from that, and its own area codes in order. */
export const VERSIONS_SQL = `
  SELECT s.id, s.based_on_id, s.adopted_at, s.state,
         coalesce((
           SELECT json_agg(json_build_object('from', m.from_code, 'to', m.to_codes))
             FROM (SELECT from_code, coalesce(array_agg(to_code ORDER BY to_code) FILTER (WHERE to_code IS NOT NULL), '{}') AS to_codes
                     FROM focus_area_mappings WHERE strategy_id = s.id GROUP BY from_code) m), '[]') AS mapping,
         coalesce((SELECT array_agg(f.code ORDER BY f.position) FROM focus_areas f WHERE f.strategy_id = s.id), '{}') AS codes
    FROM strategies s`;
