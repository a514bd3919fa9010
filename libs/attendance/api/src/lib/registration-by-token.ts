import type { EntityManager } from 'typeorm';
import { hashLinkToken, LINK_TOKEN_PATTERN } from '@samverkan/identity/api';
import type { OrganisationType } from '@samverkan/identity/contract';
import type { Language, RegistrationStatus } from '@samverkan/registrations/contract';
import { notFound } from '@samverkan/shared/api-http';

/** What the attendance pages read of the registration a manage link opens, and of its conference. */
export interface TokenRegistration {
  id: string;
  status: RegistrationStatus;
  firstName: string;
  lastName: string;
  organisationName: string;
  organisationType: OrganisationType;
  language: Language;
  showOnAttendeeList: boolean;
  checkedInAt: Date | null;
  conference: { id: string; titleSv: string; titleEn: string | null; venue: string | null; startsAt: Date; endsAt: Date };
}

/**
 * The registration a manage token opens (looked up by the token's SHA-256, as the registrations domain
 * does); 404 `registrations.not-found` for an unknown, malformed or anonymised one.
 */
export async function registrationByToken(manager: EntityManager, token: string): Promise<TokenRegistration> {
  const hash = LINK_TOKEN_PATTERN.test(token) ? hashLinkToken(token) : null;
  const [row] = hash
    ? await manager.query(
        `SELECT r.id, r.status, r.first_name, r.last_name, r.organisation_name, r.organisation_type, r.language,
                r.show_on_attendee_list, r.checked_in_at,
                c.id AS conference_id, c.title_sv, c.title_en, c.venue, c.starts_at, c.ends_at
           FROM registrations r JOIN conferences c ON c.id = r.conference_id
          WHERE r.manage_token_hash = $1 AND r.anonymised_at IS NULL`,
        [hash],
      )
    : [];
  if (!row) throw notFound('registrations.not-found');
  return {
    id: row.id,
    status: row.status,
    firstName: row.first_name,
    lastName: row.last_name,
    organisationName: row.organisation_name,
    organisationType: row.organisation_type,
    language: row.language,
    showOnAttendeeList: row.show_on_attendee_list,
    checkedInAt: row.checked_in_at,
    conference: {
      id: row.conference_id,
      titleSv: row.title_sv,
      titleEn: row.title_en,
      venue: row.venue,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    },
  };
}
