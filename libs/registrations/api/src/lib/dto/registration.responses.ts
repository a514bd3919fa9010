import { PageOf, Prop } from '@samverkan/shared/api-http';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';
import type * as C from '@samverkan/registrations/contract';
import { REGISTRATION_STATUSES } from '@samverkan/registrations/contract';
import { AnswerResponse } from '../questions/dto/questions.responses';

const LANGUAGES = ['sv', 'en'] as const;

/** What the person and the staff both see of a registration (the manage page and the attendee list). */
abstract class RegistrantFields {
  @Prop.enum(REGISTRATION_STATUSES)
  status!: C.RegistrationStatus;

  @Prop.int({ nullable: true })
  waitlistPosition!: number | null;

  @Prop.string()
  firstName!: string;

  @Prop.string()
  lastName!: string;

  @Prop.string()
  email!: string;

  @Prop.string()
  organisationName!: string;

  @Prop.enum(ORGANISATION_TYPES)
  organisationType!: OrganisationType;

  @Prop.string({ nullable: true })
  title!: string | null;

  @Prop.string({ nullable: true })
  dietaryNeeds!: string | null;

  @Prop.string({ nullable: true })
  accessibilityNeeds!: string | null;

  @Prop.enum(LANGUAGES)
  language!: C.Language;
}

/** The answer to a new registration. */
export class RegistrationCreatedResponse implements C.RegistrationCreatedResponse {
  @Prop.uuid()
  id!: string;

  @Prop.enum(['confirmed', 'waitlisted'])
  status!: 'confirmed' | 'waitlisted';

  @Prop.int({ nullable: true, description: '1-based; null when confirmed.' })
  waitlistPosition!: number | null;

  @Prop.string({ description: 'The secret of the manage link: GET/PATCH/DELETE /api/registrations/{token}.' })
  manageToken!: string;

  @Prop.uri({ description: 'The personal calendar feed (.ics).' })
  calendarUrl!: string;

  @Prop.uri()
  manageUrl!: string;

  @Prop.boolean({
    description: 'Whether the confirmation was e-mailed; false when the recipient’s mail limit held it back (keep the manage link).',
  })
  confirmationMailed!: boolean;
}

/** What the person sees through their manage link. */
export class RegistrationResponse extends RegistrantFields implements C.RegistrationResponse {
  @Prop.uuid()
  id!: string;

  @Prop.uuid()
  conferenceId!: string;

  @Prop.string()
  conferenceTitleSv!: string;

  @Prop.string({ nullable: true })
  conferenceTitleEn!: string | null;

  @Prop.dateTime()
  conferenceStartsAt!: string;

  @Prop.dateTime()
  conferenceEndsAt!: string;

  @Prop.boolean({ description: 'Whether the person consents to the processing of their needs (health data).' })
  healthDataConsent!: boolean;

  @Prop.boolean()
  showOnAttendeeList!: boolean;

  @Prop.uri()
  calendarUrl!: string;

  @Prop.string({ nullable: true, description: 'What the QR code at the door holds; only for a confirmed registration.' })
  checkInCode!: string | null;

  @Prop.dateTime()
  createdAt!: string;

  @Prop.dateTime({ nullable: true })
  cancelledAt!: string | null;

  @Prop.dateTime({ nullable: true, description: 'When the person was checked in; the certificate of attendance is available from then.' })
  checkedInAt!: string | null;

  @Prop.array(() => AnswerResponse, { description: 'The answers to the conference’s own questions, in the form’s order.' })
  answers!: AnswerResponse[];
}

export class RegistrationCancelled implements C.RegistrationCancelledResponse {
  @Prop.enum(['cancelled'])
  status!: 'cancelled';
}

export class RegistrationHistoryEntry implements C.RegistrationHistoryEntry {
  @Prop.string({ example: 'registered' })
  kind!: string;

  @Prop.dateTime()
  at!: string;

  @Prop.string({ nullable: true })
  reason!: string | null;
}

export class RegistrationExportMail implements C.RegistrationExportMail {
  @Prop.string()
  to!: string;

  @Prop.string()
  subject!: string;

  @Prop.string()
  text!: string;

  @Prop.string()
  status!: string;

  @Prop.dateTime()
  created_at!: string;
}

/** Everything stored about a registration (the person's right of access). */
export class RegistrationExport implements C.RegistrationExportResponse {
  @Prop.dateTime()
  exportedAt!: string;

  @Prop.object(() => RegistrationResponse)
  registration!: RegistrationResponse;

  @Prop.dateTime({ nullable: true })
  consentedAt!: string | null;

  @Prop.dateTime({ nullable: true, description: 'When consent to the processing of the needs was given; null without it.' })
  healthDataConsentAt!: string | null;

  @Prop.array(() => RegistrationHistoryEntry)
  history!: RegistrationHistoryEntry[];

  @Prop.array(() => RegistrationExportMail, { description: 'The e-mails sent about the registration.' })
  emails!: RegistrationExportMail[];
}

/** A row of the staff attendee list. */
export class AttendeeResponse extends RegistrantFields implements C.AttendeeResponse {
  @Prop.uuid()
  id!: string;

  @Prop.boolean()
  checkedIn!: boolean;

  @Prop.dateTime()
  createdAt!: string;

  @Prop.array(() => AnswerResponse, { description: 'The answers to the conference’s own questions.' })
  answers!: AnswerResponse[];
}

export class RegistrationStatusCounts implements Record<C.RegistrationStatus, number> {
  @Prop.int()
  confirmed!: number;

  @Prop.int()
  waitlisted!: number;

  @Prop.int()
  cancelled!: number;
}

export class OrganisationTypeCounts implements Record<OrganisationType, number> {
  @Prop.int()
  municipality!: number;

  @Prop.int()
  business!: number;

  @Prop.int()
  region!: number;

  @Prop.int()
  'state-agency'!: number;

  @Prop.int()
  other!: number;
}

export class AttendeeCounts {
  @Prop.object(() => RegistrationStatusCounts)
  byStatus!: RegistrationStatusCounts;

  @Prop.object(() => OrganisationTypeCounts, { description: 'Confirmed registrations per organisation type.' })
  byOrganisationType!: OrganisationTypeCounts;
}

export class AttendeePage implements C.AttendeePage {
  @Prop.array(() => AttendeeResponse)
  items!: AttendeeResponse[];

  @Prop.int()
  total!: number;

  @Prop.object(() => AttendeeCounts)
  counts!: AttendeeCounts;
}

export class OutboxMessageResponse implements C.OutboxMessageResponse {
  @Prop.uuid()
  id!: string;

  @Prop.string()
  to!: string;

  @Prop.string()
  subject!: string;

  @Prop.string()
  text!: string;

  @Prop.enum(['pending', 'sent', 'stored', 'failed'])
  status!: C.OutboxMessageResponse['status'];

  @Prop.int()
  attempts!: number;

  @Prop.dateTime()
  createdAt!: string;

  @Prop.dateTime({ nullable: true })
  sentAt!: string | null;
}

export class OutboxMessagePage extends PageOf(OutboxMessageResponse) {}

/** One chosen session in "my programme". */
export class MySessionResponse implements C.MySessionResponse {
  @Prop.uuid()
  agendaItemId!: string;

  @Prop.string()
  titleSv!: string;

  @Prop.string({ nullable: true })
  titleEn!: string | null;

  @Prop.dateTime({ nullable: true })
  startsAt!: string | null;

  @Prop.dateTime({ nullable: true })
  endsAt!: string | null;

  @Prop.string({ nullable: true })
  roomName!: string | null;

  @Prop.int({ nullable: true })
  signupCapacity!: number | null;

  @Prop.int()
  signupCount!: number;
}
