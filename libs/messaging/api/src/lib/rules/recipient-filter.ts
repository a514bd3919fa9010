import type { MessageFilter } from '@samverkan/messaging/contract';

export interface RecipientConditions {
  /** Conditions on `registrations r`, joined with AND; values only as `$n` parameters. */
  where: string;
  params: unknown[];
}

/**
 * The registrations a message goes to. Anonymised registrations never (they have no address left);
 * without a status filter, confirmed and waitlisted ones: cancelled people get mail only when the
 * filter asks for them.
 */
export function recipientConditions(conferenceId: string, filter: MessageFilter): RecipientConditions {
  const params: unknown[] = [conferenceId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['r.conference_id = $1', 'r.anonymised_at IS NULL'];
  where.push(filter.status ? `r.status = ${param(filter.status)}` : `r.status IN ('confirmed', 'waitlisted')`);
  if (filter.organisationType) where.push(`r.organisation_type = ${param(filter.organisationType)}`);
  if (filter.agendaItemId) {
    where.push(`EXISTS (SELECT 1 FROM session_signups s WHERE s.registration_id = r.id AND s.agenda_item_id = ${param(filter.agendaItemId)})`);
  }
  if (filter.checkedIn !== undefined) where.push(filter.checkedIn ? 'r.checked_in_at IS NOT NULL' : 'r.checked_in_at IS NULL');
  return { where: where.join(' AND '), params };
}
