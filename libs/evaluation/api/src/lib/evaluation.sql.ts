/** SQL shared by the evaluation services. */

/** A registration by its manage-token hash, with its conference and the evaluation's stored close time. $1 hash. */
export const REGISTRATION_BY_HASH = `
  SELECT r.id, r.status, r.conference_id, c.status AS conference_status, c.title_sv, c.title_en, c.starts_at, c.ends_at,
         e.closes_at
    FROM registrations r
    JOIN conferences c ON c.id = r.conference_id
    LEFT JOIN conference_evaluations e ON e.conference_id = c.id
   WHERE r.manage_token_hash = $1 AND r.anonymised_at IS NULL`;

export interface RegistrationRow {
  id: string;
  status: string;
  conference_id: string;
  conference_status: string;
  title_sv: string;
  title_en: string | null;
  starts_at: Date;
  ends_at: Date;
  closes_at: Date | null;
}

/** The items of the conference's latest published programme, as relation `published(id, title_sv, title_en, starts_at, ends_at)`. $1 conference. */
const PUBLISHED = `
  published AS (
    SELECT it->>'id' AS id, it->>'titleSv' AS title_sv, it->>'titleEn' AS title_en,
           (it->>'startsAt')::timestamptz AS starts_at, (it->>'endsAt')::timestamptz AS ends_at
      FROM agenda_versions v CROSS JOIN LATERAL jsonb_array_elements(v.snapshot->'items') it
     WHERE v.conference_id = $1 AND v.number = (SELECT max(number) FROM agenda_versions WHERE conference_id = $1)
  )`;

/** A person's programme items: their sign-ups among the published items. $1 conference, $2 registration. */
export const SESSIONS_OF_REGISTRATION = `
  WITH ${PUBLISHED}
  SELECT p.id, p.title_sv, p.title_en, p.starts_at, p.ends_at
    FROM session_signups s JOIN published p ON p.id = s.agenda_item_id::text
   WHERE s.registration_id = $2
   ORDER BY p.starts_at NULLS LAST, p.title_sv`;

/**
 * The items the results show: published items that a confirmed participant signed up for or that an
 * answer scored. $1 conference.
 */
export const SESSIONS_OF_CONFERENCE = `
  WITH ${PUBLISHED}
  SELECT p.id, p.title_sv, p.title_en, p.starts_at, p.ends_at
    FROM published p
   WHERE EXISTS (SELECT 1 FROM session_signups s JOIN registrations r ON r.id = s.registration_id
                  WHERE s.agenda_item_id::text = p.id AND r.status = 'confirmed')
      OR EXISTS (SELECT 1 FROM evaluation_answers a WHERE a.conference_id = $1 AND a.session_scores ? p.id)
   ORDER BY p.starts_at NULLS LAST, p.title_sv`;

export interface SessionRow {
  id: string;
  title_sv: string;
  title_en: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
}

/** One statement: the answer is written or replaced whole. */
export const UPSERT_ANSWER = `
  INSERT INTO evaluation_answers (registration_id, conference_id, overall, session_scores, keep_text, change_text, focus_area_codes)
  VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::text[])
  ON CONFLICT (registration_id) DO UPDATE
     SET overall = EXCLUDED.overall, session_scores = EXCLUDED.session_scores, keep_text = EXCLUDED.keep_text,
         change_text = EXCLUDED.change_text, focus_area_codes = EXCLUDED.focus_area_codes, updated_at = now()`;

export interface AnswerRow {
  overall: number;
  session_scores: Record<string, number>;
  keep_text: string | null;
  change_text: string | null;
  focus_area_codes: string[];
  updated_at: Date;
}
