import type { OrganisationType } from '@samverkan/identity/contract';

/** One participant in the attendee directory: what others may see, never an e-mail address. */
export interface DirectoryEntry {
  firstName: string;
  lastName: string;
  organisationName: string;
  organisationType: OrganisationType;
}

/**
 * `GET /api/registrations/:manageToken/attendees`: the other confirmed participants of the
 * conference who chose to be shown on the attendee list, by organisation and name.
 */
export interface AttendeeDirectoryResponse {
  conferenceId: string;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  items: DirectoryEntry[];
}
