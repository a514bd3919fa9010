import type { Locale } from '@samverkan/shared/util-dates';
import { conferenceDays, sessionTime } from './conference-days';

/** The association that issues certificates and prints badges. */
export const ASSOCIATION_NAME = 'Svenska Industrikommuner';

export interface CertificateInput {
  language: Locale;
  firstName: string;
  lastName: string;
  organisationName: string;
  conference: { titleSv: string; titleEn: string | null; venue: string | null; startsAt: Date; endsAt: Date };
  /** The sessions the person took part in, in time order. */
  sessions: { titleSv: string; titleEn: string | null; startsAt: Date | null; endsAt: Date | null }[];
  checkedInAt: Date;
  issuedAt: Date;
}

export interface CertificateText {
  heading: string;
  name: string;
  organisation: string;
  statement: string;
  conferenceTitle: string;
  when: string;
  where: string | null;
  sessionsHeading: string | null;
  sessions: string[];
  issuer: string;
  issued: string;
}

/** The words of a certificate of attendance (intyg) in the registration's language. */
export function certificateText(input: CertificateInput): CertificateText {
  const en = input.language === 'en';
  const title = (t: { titleSv: string; titleEn: string | null }) => (en ? (t.titleEn ?? t.titleSv) : t.titleSv);
  const days = conferenceDays(input.conference.startsAt, input.conference.endsAt, input.language);
  const sessions = input.sessions.map((s) => (s.startsAt ? `${title(s)} (${sessionTime(s.startsAt, s.endsAt, input.language)})` : title(s)));
  const { venue } = input.conference;
  return {
    heading: en ? 'Certificate of attendance' : 'Intyg om deltagande',
    name: `${input.firstName} ${input.lastName}`,
    organisation: input.organisationName,
    statement: en ? 'took part in the conference' : 'har deltagit i konferensen',
    conferenceTitle: title(input.conference),
    when: days,
    where: venue ? (en ? `Venue: ${venue}` : `Plats: ${venue}`) : null,
    sessionsHeading: sessions.length ? (en ? 'Programme items attended' : 'Programpunkter där deltagaren var med') : null,
    sessions,
    issuer: ASSOCIATION_NAME,
    issued: en
      ? `Issued on ${conferenceDays(input.issuedAt, input.issuedAt, 'en')}`
      : `Utfärdat den ${conferenceDays(input.issuedAt, input.issuedAt, 'sv')}`,
  };
}
