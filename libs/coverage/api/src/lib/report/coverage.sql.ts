import { signupsTakenSql } from '@samverkan/agenda/api';
import { PROGRAMME_ITEM_TYPES } from '@samverkan/agenda/contract';
import type { CoverageSource } from '@samverkan/coverage/contract';

/** The coverage report's SQL: one text per query, sharing the selection of conferences. */
/**
 * Programme time: timed items that are programme, not breaks, meals or networking. An item tagged
 * with two focus areas counts its full time for each (docs/adr/0005-imported-history.md). The types are
 * the agenda's share rule's (`PROGRAMME_ITEM_TYPES`, fixed words, no input).
 */
const PROGRAMME_TYPES = `(${PROGRAMME_ITEM_TYPES.map((type) => `'${type}'`).join(', ')})`;

/**
 * The conferences of the selection, live and imported, as one relation `sel(id, source, title,
 * starts_on, status)`. Parameters: $1 fromYear, $2 toYear, $3 conference ids (null = all).
 * Cancelled conferences are left out: their programme never happened.
 */
const SELECTION = `
  sel AS (
    SELECT * FROM (
      SELECT c.id, 'live'::text AS source, c.title_sv AS title, (c.starts_at AT TIME ZONE 'Europe/Stockholm')::date AS starts_on, c.status::text AS status
        FROM conferences c WHERE c.status <> 'cancelled'
      UNION ALL
      SELECT p.id, 'imported', p.title, p.starts_on, 'archived' FROM past_conferences p
    ) s
    WHERE ($1::int IS NULL OR extract(year FROM s.starts_on) >= $1)
      AND ($2::int IS NULL OR extract(year FROM s.starts_on) <= $2)
      AND ($3::uuid[] IS NULL OR s.id = ANY($3::uuid[]))
  )`;

export interface ConferenceRow {
  id: string;
  source: CoverageSource;
  title: string;
  starts_on: string;
  status: string;
  programme_minutes: number;
}

export interface CellRow {
  conference_id: string;
  code: string;
  themes: number;
  items: number;
  minutes: number;
  submitted: number;
  accepted: number;
  signups: number;
  wishes: number;
}

export const CONFERENCES_SQL = `
  WITH ${SELECTION},
  minutes AS (
    SELECT a.conference_id AS id, sum(extract(epoch FROM a.ends_at - a.starts_at) / 60)::int AS minutes
      FROM agenda_items a JOIN sel ON sel.id = a.conference_id
     WHERE a.starts_at IS NOT NULL AND a.type IN ${PROGRAMME_TYPES}
     GROUP BY a.conference_id
    UNION ALL
    SELECT ps.past_conference_id, sum(ps.minutes)::int
      FROM past_sessions ps JOIN sel ON sel.id = ps.past_conference_id
     WHERE ps.format <> 'theme'
     GROUP BY ps.past_conference_id
  )
  SELECT sel.id, sel.source, sel.title, to_char(sel.starts_on, 'YYYY-MM-DD') AS starts_on, sel.status,
         coalesce(m.minutes, 0)::int AS programme_minutes
    FROM sel LEFT JOIN minutes m ON m.id = sel.id
   ORDER BY sel.starts_on, sel.title`;

/**
 * Sparse figures per conference × focus-area code of the adopted strategy; themes, items, proposals,
 * past sessions and the focus areas evaluation answers wished for, in one pass. Codes are translated
 * into the adopted version's ($4 from-codes, $5 to-codes: the pairs of loadAdoptedAreasWithHistory),
 * and each thing counts once per adopted area even when it was tagged with two old areas that merged.
 */
export const CELLS_SQL = `
  WITH ${SELECTION},
  translation AS (SELECT * FROM unnest($4::text[], $5::text[]) AS m(from_code, to_code)),
  facts AS (
    SELECT 't' || t.id AS thing, t.conference_id, fa.code, 1 AS themes, 0 AS items, 0 AS minutes, 0 AS submitted, 0 AS accepted, 0 AS signups, 0 AS wishes
      FROM themes t JOIN sel ON sel.id = t.conference_id
      JOIN theme_focus_areas tf ON tf.theme_id = t.id JOIN focus_areas fa ON fa.id = tf.focus_area_id
    UNION ALL
    SELECT 'a' || a.id, a.conference_id, fa.code, 0, 1,
           CASE WHEN a.starts_at IS NOT NULL AND a.type IN ${PROGRAMME_TYPES} THEN extract(epoch FROM a.ends_at - a.starts_at) / 60 ELSE 0 END,
           0, 0, ${signupsTakenSql('a.id')}, 0
      FROM agenda_items a JOIN sel ON sel.id = a.conference_id
      JOIN agenda_item_focus_areas af ON af.agenda_item_id = a.id JOIN focus_areas fa ON fa.id = af.focus_area_id
    UNION ALL
    SELECT 'p' || p.id, p.target_conference_id, fa.code, 0, 0, 0,
           CASE WHEN p.submitted_at IS NOT NULL OR p.state <> 'draft' THEN 1 ELSE 0 END,
           CASE WHEN p.state = 'accepted' THEN 1 ELSE 0 END, 0, 0
      FROM proposals p JOIN sel ON sel.id = p.target_conference_id
      JOIN proposal_focus_areas pf ON pf.proposal_id = p.id JOIN focus_areas fa ON fa.id = pf.focus_area_id
    UNION ALL
    SELECT 's' || ps.id, ps.past_conference_id, code,
           CASE WHEN ps.format = 'theme' THEN 1 ELSE 0 END,
           CASE WHEN ps.format = 'theme' THEN 0 ELSE 1 END,
           CASE WHEN ps.format = 'theme' THEN 0 ELSE coalesce(ps.minutes, 0) END,
           0, 0, ps.signups, 0
      FROM past_sessions ps JOIN sel ON sel.id = ps.past_conference_id
      CROSS JOIN LATERAL unnest(ps.focus_area_codes) AS code
    UNION ALL
    SELECT 'e' || ea.id, ea.conference_id, code, 0, 0, 0, 0, 0, 0, 1
      FROM evaluation_answers ea JOIN sel ON sel.id = ea.conference_id
      CROSS JOIN LATERAL unnest(ea.focus_area_codes) AS code
  ),
  translated AS (
    SELECT DISTINCT f.thing, f.conference_id, tr.to_code AS code, f.themes, f.items, f.minutes, f.submitted, f.accepted, f.signups, f.wishes
      FROM facts f JOIN translation tr ON tr.from_code = f.code
  )
  SELECT conference_id, code, sum(themes)::int AS themes, sum(items)::int AS items, round(sum(minutes))::int AS minutes,
         sum(submitted)::int AS submitted, sum(accepted)::int AS accepted, sum(signups)::int AS signups,
         sum(wishes)::int AS wishes
    FROM translated GROUP BY conference_id, code`;

export const MIX_SQL = `
  WITH ${SELECTION}
  SELECT r.conference_id, r.organisation_type AS type, count(*)::int AS n
    FROM registrations r JOIN sel ON sel.id = r.conference_id
   WHERE r.status = 'confirmed'
   GROUP BY r.conference_id, r.organisation_type
  UNION ALL
  SELECT pc.past_conference_id, pc.organisation_type, pc.count
    FROM past_participant_counts pc JOIN sel ON sel.id = pc.past_conference_id`;

/**
 * Accepted proposals that no theme or agenda item has taken up yet, per focus area of the adopted strategy
 * (codes translated: $1 from-codes, $2 to-codes): material for the next conference.
 */
export const UNSCHEDULED_SQL = `
  SELECT tr.to_code AS code, count(DISTINCT p.id)::int AS n
    FROM proposals p
    JOIN proposal_focus_areas pf ON pf.proposal_id = p.id JOIN focus_areas fa ON fa.id = pf.focus_area_id
    JOIN unnest($1::text[], $2::text[]) AS tr(from_code, to_code) ON tr.from_code = fa.code
   WHERE p.state = 'accepted'
     AND NOT EXISTS (SELECT 1 FROM themes t WHERE t.source_proposal_id = p.id)
     AND NOT EXISTS (SELECT 1 FROM agenda_items a WHERE a.source_proposal_id = p.id)
   GROUP BY tr.to_code`;

/** $4 the codes that count under the focus area asked for (its own and older ones mapped to it), $5 one conference (or null). */
export const ITEMS_SQL = `
  WITH ${SELECTION}
  SELECT * FROM (
    SELECT 'theme'::text AS kind, t.id, t.conference_id, sel.title AS conference_title, t.title_sv AS title,
           NULL::int AS minutes, NULL::text AS state, 0 AS signups, sel.starts_on, t.position AS ord
      FROM themes t JOIN sel ON sel.id = t.conference_id
     WHERE EXISTS (SELECT 1 FROM theme_focus_areas tf JOIN focus_areas fa ON fa.id = tf.focus_area_id WHERE tf.theme_id = t.id AND fa.code = ANY($4::text[]))
    UNION ALL
    SELECT 'agenda-item', a.id, a.conference_id, sel.title, a.title_sv,
           CASE WHEN a.starts_at IS NOT NULL AND a.type IN ${PROGRAMME_TYPES} THEN round(extract(epoch FROM a.ends_at - a.starts_at) / 60)::int END,
           a.type, ${signupsTakenSql('a.id')}, sel.starts_on, 100
      FROM agenda_items a JOIN sel ON sel.id = a.conference_id
     WHERE EXISTS (SELECT 1 FROM agenda_item_focus_areas af JOIN focus_areas fa ON fa.id = af.focus_area_id WHERE af.agenda_item_id = a.id AND fa.code = ANY($4::text[]))
    UNION ALL
    SELECT 'proposal', p.id, p.target_conference_id, sel.title, p.title, NULL, p.state, 0, sel.starts_on, 200
      FROM proposals p JOIN sel ON sel.id = p.target_conference_id
     WHERE EXISTS (SELECT 1 FROM proposal_focus_areas pf JOIN focus_areas fa ON fa.id = pf.focus_area_id WHERE pf.proposal_id = p.id AND fa.code = ANY($4::text[]))
    UNION ALL
    SELECT 'session', ps.id, ps.past_conference_id, sel.title, ps.title,
           CASE WHEN ps.format = 'theme' THEN NULL ELSE ps.minutes END, ps.format, ps.signups, sel.starts_on,
           CASE WHEN ps.format = 'theme' THEN 0 ELSE 100 END
      FROM past_sessions ps JOIN sel ON sel.id = ps.past_conference_id
     WHERE ps.focus_area_codes::text[] && $4::text[]
  ) items
  WHERE ($5::uuid IS NULL OR conference_id = $5::uuid)
  ORDER BY starts_on DESC, conference_id, ord, title
  LIMIT 500`;
