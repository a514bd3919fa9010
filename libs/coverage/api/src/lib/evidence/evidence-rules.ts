import type { EvidenceEntry, EvidenceKind, EvidencePage, EvidenceSuggestion, FocusAreaMappingEntry } from '@samverkan/strategy/contract';
import type { MappingStep } from '@samverkan/strategy/api';
import { PARTICIPANT_TYPES, type ParticipantType } from '@samverkan/coverage/contract';

/** A version as the chain of mappings needs it: what it was based on, and its mapping from that. */
export interface VersionLink {
  id: string;
  basedOnId: string | null;
  mapping: FocusAreaMappingEntry[];
}

/**
 * The mapping steps from the oldest version to `id`, oldest first: each version's mapping is from the
 * one it was based on, so following `basedOn` back collects them. A version based on nothing has none.
 */
export function stepsToVersion(versions: readonly VersionLink[], id: string): MappingStep[] {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const steps: MappingStep[] = [];
  const seen = new Set<string>();
  for (let v = byId.get(id); v?.basedOnId && !seen.has(v.id); v = byId.get(v.basedOnId)) {
    seen.add(v.id);
    steps.unshift(v.mapping);
  }
  return steps;
}

/** An entry of the evidence with the area (code of the version) it counts under. */
export interface AreaEntry {
  kind: EvidenceKind;
  id: string;
  code: string;
  conferenceId: string;
}

/** Kinds that show a conference treated an area: a theme, or programme time (live or imported). */
const TREATING: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>(['theme', 'programme-item', 'past-session']);

/**
 * Areas to suggest: treated (a theme or programme time) at `minConferences` or more conferences, yet no
 * position of the version cites any evidence of the area (`cited`: `kind:id` of every citation). In
 * the order of `areaCodes`.
 */
export function suggestAreas(
  areaCodes: readonly string[],
  entries: readonly AreaEntry[],
  cited: ReadonlySet<string>,
  minConferences: number,
): EvidenceSuggestion[] {
  return areaCodes.flatMap((code) => {
    const own = entries.filter((e) => e.code === code);
    const conferences = new Set(own.filter((e) => TREATING.has(e.kind)).map((e) => e.conferenceId)).size;
    const mentioned = own.some((e) => cited.has(`${e.kind}:${e.id}`));
    return conferences >= minConferences && !mentioned ? [{ focusArea: code, conferences }] : [];
  });
}

/** Where a page of the evidence stands among the conferences with evidence (`nextOffset` null on the last). */
export function pageOf(offset: number, limit: number, conferences: number, entries: number): EvidencePage {
  return { offset, limit, conferences, entries, nextOffset: offset + limit < conferences ? offset + limit : null };
}

/** People of one organisation type at one conference (a row of the evidence page). */
export interface ParticipantsOfType {
  conference_id: string;
  organisation_type: string | null;
  count: number | null;
}

/**
 * Participants per conference by organisation type, every type present (0 where none came); a
 * conference whose people add up to none has no entry. Types outside the known ones are not counted.
 */
export function participantsByType(rows: readonly ParticipantsOfType[]): Map<string, Record<ParticipantType, number>> {
  const result = new Map<string, Record<ParticipantType, number>>();
  for (const r of rows) {
    if (!r.count || !(PARTICIPANT_TYPES as readonly (string | null)[]).includes(r.organisation_type)) continue;
    let byType = result.get(r.conference_id);
    if (!byType) {
      byType = Object.fromEntries(PARTICIPANT_TYPES.map((type) => [type, 0])) as Record<ParticipantType, number>;
      result.set(r.conference_id, byType);
    }
    byType[r.organisation_type as ParticipantType] += r.count;
  }
  return result;
}

/** A row of the evidence page as `pageEntries` reads it (evidence.sql.ts `PageRow` adds the totals): an entry, or participants of one type. */
export interface PageEntryRow extends ParticipantsOfType {
  kind: string | null;
  id: string;
  label: string;
  minutes: number | null;
}

const KIND_ORDER: EvidenceKind[] = ['theme', 'programme-item', 'past-session', 'proposal', 'decision', 'wishes', 'participants'];
const kindOrder = (kind: EvidenceKind) => KIND_ORDER.indexOf(kind);

/**
 * The entries of a page: each with its conference (from the window's), the participants as one entry
 * per conference, ordered by conference (the most recent first), then kind, then label.
 */
export function pageEntries(
  rows: readonly PageEntryRow[],
  conferences: ReadonlyArray<{ id: string; title: string; starts_on: string }>,
): EvidenceEntry[] {
  const byId = new Map(conferences.map((c) => [c.id, c]));
  const conferenceOf = (id: string) => {
    const c = byId.get(id);
    return { conferenceId: id, conferenceTitle: c?.title ?? '', startsOn: c?.starts_on ?? '' };
  };
  const entries: EvidenceEntry[] = rows
    .filter((r) => r.kind !== null && r.kind !== 'participants')
    .map((r) => ({
      kind: r.kind as EvidenceKind,
      id: r.id,
      label: r.label,
      ...conferenceOf(r.conference_id),
      minutes: r.minutes,
      count: r.count,
      byType: null,
    }));
  for (const [conferenceId, byType] of participantsByType(rows.filter((r) => r.kind === 'participants'))) {
    const c = conferenceOf(conferenceId);
    const count = Object.values(byType).reduce((sum, n) => sum + n, 0);
    entries.push({ kind: 'participants', id: conferenceId, label: c.conferenceTitle, ...c, minutes: null, count, byType });
  }
  return entries.sort(
    (a, b) =>
      b.startsOn.localeCompare(a.startsOn) ||
      a.conferenceId.localeCompare(b.conferenceId) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.label.localeCompare(b.label, 'sv'),
  );
}
