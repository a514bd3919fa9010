import { ANONYMITY_THRESHOLD, INACTIVE_AFTER_YEARS } from '@samverkan/coverage/contract';

/**
 * The rules of members' engagement (docs/architecture.md "Members' engagement"), kept apart from the
 * queries so each can be tested on its own.
 */

/**
 * An organisation name as it is compared: Unicode NFC, lower case (Swedish letters kept), every
 * run of white space or punctuation one space, trimmed. "Finspångs  Kommun." = "finspångs kommun".
 */
export function normaliseOrganisationName(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('sv-SE')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

export interface MemberRef {
  id: string;
  name: string;
}

/**
 * Finds the member a registration, proposal or submission belongs to: by organisation id where the
 * row has one (a row linked to a non-member belongs to nobody), otherwise by normalised name.
 */
export class MemberMatcher {
  private readonly ids = new Set<string>();
  private readonly byName = new Map<string, string>();

  constructor(members: readonly MemberRef[]) {
    for (const member of members) {
      this.ids.add(member.id);
      this.byName.set(normaliseOrganisationName(member.name), member.id);
    }
  }

  match(organisationId: string | null, organisationName: string | null): string | null {
    if (organisationId) return this.ids.has(organisationId) ? organisationId : null;
    if (!organisationName) return null;
    return this.byName.get(normaliseOrganisationName(organisationName)) ?? null;
  }
}

/** One participant (a confirmed registration) with the focus areas that can count for them. */
export interface AttendedAreas {
  /** Focus areas of the programme items (sessions) the person signed up to. */
  sessionAreas: readonly string[];
  /** Focus areas of the conference itself. */
  conferenceAreas: readonly string[];
}

/**
 * The focus areas a participant attended: those of the sessions they signed up to when there are
 * any (their own choice says most), otherwise the conference's focus areas (everyone attends the
 * plenary programme). Each area counts once per participant.
 */
export function attendedAreas(participant: AttendedAreas): string[] {
  const areas = participant.sessionAreas.length ? participant.sessionAreas : participant.conferenceAreas;
  return [...new Set(areas)];
}

/** Participants per focus area over many participants (attendedAreas for each). */
export function countAttendedAreas(participants: readonly AttendedAreas[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const participant of participants) for (const code of attendedAreas(participant)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** A count of evaluation answers that cannot point at a person: 0 stays 0, 1 up to the threshold − 1 is hidden (null). */
export function anonymousCount(count: number, threshold = ANONYMITY_THRESHOLD): number | null {
  return count > 0 && count < threshold ? null : count;
}

/** How a hidden count is written ("<3"). */
export function anonymousCountText(count: number | null, threshold = ANONYMITY_THRESHOLD): string {
  return count === null ? `<${threshold}` : String(count);
}

/**
 * The first day that still counts as seen: the same date INACTIVE_AFTER_YEARS years before today
 * (29 February falls back to 28 February). Dates are Stockholm calendar days, `YYYY-MM-DD`.
 */
export function inactiveCutoff(today: string, years = INACTIVE_AFTER_YEARS): string {
  const [y, m, d] = today.split('-').map(Number);
  const year = y - years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Inactive: no conference attended from the cutoff up to today (lastSeenOn is the latest attended up to today). */
export function isInactive(lastSeenOn: string | null, today: string, years = INACTIVE_AFTER_YEARS): boolean {
  return lastSeenOn === null || lastSeenOn < inactiveCutoff(today, years);
}

/** The latest of the dates up to today, or null. */
export function lastSeen(dates: readonly string[], today: string): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date <= today && (latest === null || date > latest)) latest = date;
  return latest;
}

/** The focus areas most wished for, most first (ties by code), those with no wish left out. */
export function topWishes<T extends { code: string; wishes: number }>(areas: readonly T[], limit = 6): T[] {
  return [...areas]
    .filter((area) => area.wishes > 0)
    .sort((a, b) => b.wishes - a.wishes || a.code.localeCompare(b.code))
    .slice(0, limit);
}
