import type { Writable } from 'node:stream';
import type { MemberEngagementSummary } from '@samverkan/coverage/contract';
import { csvStringifier } from '@samverkan/shared/api-http';
import { TYPE_LABELS } from './annual-summary';
import { anonymousCountText, isInactive } from './engagement-rules';

/** The members' figures as CSV, Swedish headers (the association's language). */
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

export function memberRecords(members: readonly MemberEngagementSummary[], today: string): Array<Record<string, string | number>> {
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
  }));
}

export async function writeMembersCsv(members: readonly MemberEngagementSummary[], today: string, out: Writable): Promise<void> {
  const csv = csvStringifier(MEMBER_COLUMNS);
  csv.pipe(out);
  for (const record of memberRecords(members, today)) csv.write(record);
  csv.end();
  await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
}
