import type { Writable } from 'node:stream';
import type { MemberEngagementResponse } from '@samverkan/coverage/contract';
import { csvStringifier } from '@samverkan/shared/api-http';
import { TYPE_LABELS } from './annual-summary';
import { anonymousCountText, isInactive } from './engagement-rules';

type Columns = ReadonlyArray<readonly [key: string, header: string]>;
type Row = Record<string, string | number>;

/** The members' figures, Swedish headers (the association's language), then one column per focus area. */
export const MEMBER_COLUMNS = [
  ['name', 'Organisation'],
  ['type', 'Typ'],
  ['conferences', 'Konferenser'],
  ['participants', 'Deltagare'],
  ['lastSeenOn', 'Senast på konferens'],
  ['inactive', 'Inaktiv (två år)'],
  ['proposals', 'Förslag'],
  ['callSubmissions', 'Bidrag till upprop'],
  ['evaluationAnswers', 'Utvärderingssvar'],
] as const;

/** The columns of the members' CSV: the figures, then the participants per focus area ("Deltagare: <area>"). */
export function memberColumns(members: readonly MemberEngagementResponse[]): Columns {
  const areas = members[0]?.focusAreas ?? [];
  return [...MEMBER_COLUMNS, ...areas.map((area) => [`area:${area.code}`, `Deltagare: ${area.titleSv}`] as const)];
}

export function memberRecords(members: readonly MemberEngagementResponse[], today: string): Row[] {
  return members.map((m) => ({
    name: m.name,
    type: TYPE_LABELS[m.type],
    conferences: m.conferences,
    participants: m.participants,
    lastSeenOn: m.lastSeenOn ?? '',
    inactive: isInactive(m.lastSeenOn, today) ? 'Ja' : 'Nej',
    proposals: m.proposals,
    callSubmissions: m.callSubmissions,
    // "<3" for a hidden count: text, so the anonymity rule holds in the file too.
    evaluationAnswers: m.evaluationAnswers === null ? anonymousCountText(null) : m.evaluationAnswers,
    ...Object.fromEntries(m.focusAreas.map((area) => [`area:${area.code}`, area.participants])),
  }));
}

/** Who sent how many to which conference: one row per member and conference, counts only. */
export const PARTICIPATION_COLUMNS = [
  ['name', 'Organisation'],
  ['conference', 'Konferens'],
  ['startsOn', 'Datum'],
  ['participants', 'Deltagare'],
] as const;

export function participationRecords(members: readonly MemberEngagementResponse[]): Row[] {
  return members.flatMap((m) =>
    m.perConference.map((c) => ({ name: m.name, conference: c.title, startsOn: c.startsOn, participants: c.participants })),
  );
}

export async function writeCsv(columns: Columns, records: readonly Row[], out: Writable): Promise<void> {
  const csv = csvStringifier(columns);
  csv.pipe(out);
  for (const record of records) csv.write(record);
  csv.end();
  await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
}
