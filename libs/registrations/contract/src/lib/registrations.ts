import type { OrganisationType } from '@samverkan/identity/contract';
import type { AnswerResponse, Answers } from './questions';
import type { InvoiceDetails } from './fees';

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type Language = 'sv' | 'en';

export interface CreateRegistrationRequest {
  firstName: string;
  lastName: string;
  email: string;
  /** A known organisation (id), or a new name with its type. */
  organisationId?: string | null;
  organisationName: string;
  organisationType: OrganisationType;
  title?: string | null;
  /**
   * Explicit, optional consent to the processing of dietary and accessibility needs, which may be
   * health data (GDPR art. 9). Without it the needs are refused and kept empty.
   */
  healthDataConsent?: boolean;
  dietaryNeeds?: string | null;
  accessibilityNeeds?: string | null;
  language?: Language;
  /** Fixed: the person has read how their data is handled (registration is a contract, not consent). */
  consent: true;
  showOnAttendeeList?: boolean;
  /** Answers to the conference's own questions, keyed by question id (see questions.ts). */
  answers?: Answers;
  /** Required when a fee applies to the person (see the fee quote); ignored, not stored, when none does. */
  invoice?: InvoiceDetails | null;
}

/** The answer to a new registration (docs/api-contract.md). */
export interface RegistrationCreatedResponse {
  id: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
  manageToken: string;
  calendarUrl: string;
  manageUrl: string;
  /** Whether the confirmation was e-mailed; the recipient's mail limit may hold it back, and then the manage link is only here. */
  confirmationMailed: boolean;
}

/** What the person sees through their manage link. */
export interface RegistrationResponse {
  id: string;
  conferenceId: string;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  conferenceStartsAt: string;
  conferenceEndsAt: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string;
  organisationType: OrganisationType;
  title: string | null;
  /** Whether the person consents to the processing of their needs (see CreateRegistrationRequest). */
  healthDataConsent: boolean;
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
  language: Language;
  showOnAttendeeList: boolean;
  calendarUrl: string;
  /** What the QR code at the door holds; only for a confirmed registration, else null. */
  checkInCode: string | null;
  createdAt: string;
  cancelledAt: string | null;
  /** When staff checked the person in at the conference; the certificate of attendance is available from then. */
  checkedInAt: string | null;
  /** The answers to the conference's own questions, in the form's order. */
  answers: AnswerResponse[];
}

/** The answer to cancelling through the manage link. */
export interface RegistrationCancelledResponse {
  status: 'cancelled';
}

/** One event in a registration's history (registered, promoted, cancelled, …). */
export interface RegistrationHistoryEntry {
  kind: string;
  at: string;
  reason: string | null;
}

/** An e-mail sent about a registration, as the export lists it. */
export interface RegistrationExportMail {
  to: string;
  subject: string;
  text: string;
  status: string;
  created_at: string;
}

/** Everything stored about a registration (the person's right of access): GET /api/registrations/:token/export. */
export interface RegistrationExportResponse {
  exportedAt: string;
  registration: RegistrationResponse;
  consentedAt: string | null;
  /** When consent to the processing of the dietary and accessibility needs was given; null without it. */
  healthDataConsentAt: string | null;
  history: RegistrationHistoryEntry[];
  emails: RegistrationExportMail[];
}

export interface UpdateRegistrationRequest {
  /** false withdraws the consent: the needs are emptied. */
  healthDataConsent?: boolean;
  dietaryNeeds?: string | null;
  accessibilityNeeds?: string | null;
  language?: Language;
  title?: string | null;
  showOnAttendeeList?: boolean;
  /** All answers to the conference's current questions (replacing the earlier ones); only while registration is open. */
  answers?: Answers;
}

/** A row of the staff attendee list. */
export interface AttendeeResponse {
  id: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string;
  organisationType: OrganisationType;
  title: string | null;
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
  language: Language;
  checkedIn: boolean;
  createdAt: string;
  answers: AnswerResponse[];
}

export interface AttendeePage {
  items: AttendeeResponse[];
  total: number;
  counts: {
    byStatus: Record<RegistrationStatus, number>;
    /** Confirmed registrations per organisation type. */
    byOrganisationType: Record<OrganisationType, number>;
  };
}

export interface AttendeeQuery {
  search?: string;
  status?: RegistrationStatus;
  organisationType?: OrganisationType;
  /** `<questionId>:<optionId>` for a choice, `<questionId>:yes` or `:no` for a yes/no question. */
  answer?: string;
  limit?: number;
  offset?: number;
}

export interface MoveOnWaitlistRequest {
  /** New 1-based position on the waitlist. */
  position: number;
  reason: string;
}

export interface CheckInRequest {
  checkedIn: boolean;
}

export interface OutboxMessageResponse {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sent' | 'stored' | 'failed';
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

export interface SessionSignupRequest {
  agendaItemId: string;
}

/** One chosen session in "my programme". */
export interface MySessionResponse {
  agendaItemId: string;
  titleSv: string;
  titleEn: string | null;
  startsAt: string | null;
  endsAt: string | null;
  roomName: string | null;
  signupCapacity: number | null;
  signupCount: number;
}
