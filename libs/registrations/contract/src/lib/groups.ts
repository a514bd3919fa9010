import type { OrganisationType } from '@samverkan/identity/contract';
import type { InvoiceDetails } from './fees';
import type { CreateRegistrationRequest, Language, RegistrationStatus } from './registrations';

/** The most members one group registration takes. */
export const MAX_GROUP_MEMBERS = 50;

/** A person in a group: what a single registration asks about the person; the organisation is the group's. */
export type GroupMemberRequest = Pick<
  CreateRegistrationRequest,
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'title'
  | 'healthDataConsent'
  | 'dietaryNeeds'
  | 'accessibilityNeeds'
  | 'language'
  | 'showOnAttendeeList'
  | 'answers'
>;

/** The contact person who registers the group and gets the group link. */
export interface GroupContact {
  firstName: string;
  lastName: string;
  email: string;
  /** The language of the contact's mail; Swedish when left out. */
  language?: Language;
}

/** POST /api/conferences/:id/group-registrations (docs/api-contract.md). */
export interface CreateGroupRegistrationRequest {
  contact: GroupContact;
  /** A known organisation (id), or a new name with its type. */
  organisationId?: string | null;
  organisationName: string;
  organisationType: OrganisationType;
  consent: true;
  /** 1–50 people; seats go to the first in the list, the rest to the waitlist in list order. */
  members: GroupMemberRequest[];
  /** Required when a fee applies to the organisation (one invoice basis for the whole group); ignored when none does. */
  invoice?: InvoiceDetails | null;
}

/** One member's registration as the group's contact gets it back. */
export interface GroupMemberCreated {
  id: string;
  email: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
  manageToken: string;
}

export interface GroupRegistrationCreatedResponse {
  /** The secret of the group link: /api/registration-groups/{groupToken}, page /anmalan/grupp/{groupToken}. */
  groupToken: string;
  /** In member order. */
  registrations: GroupMemberCreated[];
}

/** A member as the contact sees it through the group link: no manage link, no needs. */
export interface GroupMemberView {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
}

/** GET /api/registration-groups/:groupToken. */
export interface RegistrationGroupResponse {
  conference: {
    id: string;
    titleSv: string;
    titleEn: string | null;
    startsAt: string;
    endsAt: string;
    /** Whether members can be added now. */
    registrationOpen: boolean;
  };
  contact: { firstName: string; lastName: string; email: string };
  organisationName: string;
  organisationType: OrganisationType;
  /** In the order they were added, cancelled ones included. */
  members: GroupMemberView[];
}
