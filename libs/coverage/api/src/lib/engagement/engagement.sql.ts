/**
 * The queries behind members' engagement. Each loads one kind of row for every member at once (or
 * for one organisation and the rows without an organisation id), so the number of queries does not
 * grow with members or conferences. Matching rows to members is done in engagement-rules.ts.
 */

export const MEMBERS_SQL = `
  SELECT o.id, o.name, o.type FROM organisations o
   WHERE o.member AND ($1::uuid IS NULL OR o.id = $1::uuid)
   ORDER BY lower(o.name), o.id`;

export interface MemberRow {
  id: string;
  name: string;
  type: string;
}

/**
 * Confirmed registrations at conferences that were not cancelled, with the focus areas of the
 * sessions each person signed up to. $1: one organisation (rows without an organisation id come
 * too, to be matched by name), or null for all.
 */
export const PARTICIPANTS_SQL = `
  SELECT r.id, r.conference_id, r.organisation_id, r.organisation_name, r.first_name, r.last_name,
         (r.anonymised_at IS NOT NULL) AS anonymised,
         c.title_sv AS title, to_char((c.starts_at AT TIME ZONE 'Europe/Stockholm')::date, 'YYYY-MM-DD') AS starts_on,
         ARRAY(
           SELECT DISTINCT fa.code FROM session_signups s
             JOIN agenda_item_focus_areas af ON af.agenda_item_id = s.agenda_item_id
             JOIN focus_areas fa ON fa.id = af.focus_area_id
            WHERE s.registration_id = r.id
         )::text[] AS session_codes
    FROM registrations r JOIN conferences c ON c.id = r.conference_id
   WHERE r.status = 'confirmed' AND c.status <> 'cancelled'
     AND ($1::uuid IS NULL OR r.organisation_id = $1::uuid OR r.organisation_id IS NULL)
   ORDER BY c.starts_at, c.id, r.last_name, r.first_name, r.id`;

export interface ParticipantRow {
  id: string;
  conference_id: string;
  organisation_id: string | null;
  organisation_name: string;
  first_name: string;
  last_name: string;
  anonymised: boolean;
  title: string;
  starts_on: string;
  session_codes: string[];
}

export const CONFERENCE_AREAS_SQL = `
  SELECT cf.conference_id, array_agg(DISTINCT fa.code)::text[] AS codes
    FROM conference_focus_areas cf JOIN focus_areas fa ON fa.id = cf.focus_area_id
   GROUP BY cf.conference_id`;

/**
 * Proposals submitted by people of an organisation: drafts never submitted are not counted, nor
 * proposals made from an open-call submission (their proposer is the council member who took them
 * up; the submission counts instead).
 */
export const PROPOSALS_SQL = `
  SELECT p.id, p.title, p.state, p.created_at, u.organisation_id
    FROM proposals p JOIN users u ON u.id = p.proposer_id
   WHERE u.organisation_id IS NOT NULL AND ($1::uuid IS NULL OR u.organisation_id = $1::uuid)
     AND (p.submitted_at IS NOT NULL OR p.state <> 'draft')
     AND NOT EXISTS (SELECT 1 FROM call_submissions cs WHERE cs.proposal_id = p.id)
   ORDER BY p.created_at, p.id`;

export interface ProposalRow {
  id: string;
  title: string;
  state: string;
  created_at: Date;
  organisation_id: string;
}

/** Confirmed open-call submissions: they carry an organisation name only. */
export const SUBMISSIONS_SQL = `
  SELECT cs.id, cs.title, cs.organisation_name, coalesce(cs.decision, 'open') AS state, cs.created_at
    FROM call_submissions cs
   WHERE cs.confirmed_at IS NOT NULL
   ORDER BY cs.created_at, cs.id`;

export interface SubmissionRow {
  id: string;
  title: string;
  organisation_name: string;
  state: string;
  created_at: Date;
}

/** Evaluation answers counted per organisation of the answering registration: counts only, nothing of the answers. */
export const EVALUATION_COUNTS_SQL = `
  SELECT r.organisation_id, r.organisation_name, count(*)::int AS n
    FROM evaluation_answers ea JOIN registrations r ON r.id = ea.registration_id
   WHERE ($1::uuid IS NULL OR r.organisation_id = $1::uuid OR r.organisation_id IS NULL)
   GROUP BY r.organisation_id, r.organisation_name`;

export interface EvaluationCountRow {
  organisation_id: string | null;
  organisation_name: string;
  n: number;
}

/** The committee's decisions in a year (Stockholm): decided meeting items, in meeting order. $1: year. */
export const DECISIONS_SQL = `
  SELECT m.title AS meeting, to_char((m.starts_at AT TIME ZONE 'Europe/Stockholm')::date, 'YYYY-MM-DD') AS held_on,
         i.title, i.decision_text, i.outcome
    FROM meeting_items i JOIN meetings m ON m.id = i.meeting_id
   WHERE (i.decision_text IS NOT NULL OR i.outcome IS NOT NULL)
     AND extract(year FROM (m.starts_at AT TIME ZONE 'Europe/Stockholm')) = $1
   ORDER BY m.starts_at, m.id, i.position`;

export interface DecisionRow {
  meeting: string;
  held_on: string;
  title: string;
  decision_text: string | null;
  outcome: string | null;
}
