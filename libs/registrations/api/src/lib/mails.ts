import { randomUUID } from 'node:crypto';
import { conferenceEvent, type FeedConference } from '@samverkan/agenda/api';
import { buildCalendar, type CalendarEventStatus } from '@samverkan/shared/api-ical';
import type { NewMail, OutboxAttachment } from '@samverkan/shared/api-mail';
import type { Language } from '@samverkan/registrations/contract';
import { formatRange } from '@samverkan/shared/util-dates';

export interface MailContext {
  to: string;
  language: Language;
  firstName: string;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  manageUrl: string;
  registrationId: string;
  /** The conference as calendars see it (the .ics attachment); its UID matches the feeds'. */
  calendar: { conference: FeedConference; publicUrl: string };
  /** The check-in code with its QR code: in the mails that give a seat (confirmed, promoted). */
  /** The person's check-in code: in the text, and as a QR code drawn when the mail is sent. */
  checkIn?: { code: string };
}

type Kind = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled';

const TEXT: Record<Language, Record<Kind, (c: MailContext, position?: number | string) => { subject: string; body: string }>> = {
  sv: {
    confirmed: (c) => ({
      subject: `Bekräftelse: ${c.conferenceTitleSv}`,
      body: `Du har en plats på ${c.conferenceTitleSv}. Välkommen!`,
    }),
    waitlisted: (c, position) => ({
      subject: `Reservlista: ${c.conferenceTitleSv}`,
      body: `Konferensen är fullbokad just nu, så du står på reservlistan, som nummer ${position} i skrivande stund (platsen kan bli bättre när anmälningar som kom samtidigt är klara). Om en plats blir ledig går den till nästa person på reservlistan, och då skickar vi e-post till dig direkt. Du kan se din plats på reservlistan eller lämna den via länken nedan.`,
    }),
    promoted: (c) => ({
      subject: `Du har fått en plats: ${c.conferenceTitleSv}`,
      body: `En plats har blivit ledig och den är din. Du är nu anmäld till ${c.conferenceTitleSv}. Kan du inte komma? Avboka via länken nedan så att nästa person på reservlistan får platsen.`,
    }),
    cancelled: (c) => ({
      subject: `Avbokning: ${c.conferenceTitleSv}`,
      body: `Din anmälan till ${c.conferenceTitleSv} är avbokad. Tack för att du meddelade oss.`,
    }),
  },
  en: {
    confirmed: (c) => ({
      subject: `Confirmed: ${c.conferenceTitleEn ?? c.conferenceTitleSv}`,
      body: `You have a seat at ${c.conferenceTitleEn ?? c.conferenceTitleSv}. Welcome!`,
    }),
    waitlisted: (c, position) => ({
      subject: `Waiting list: ${c.conferenceTitleEn ?? c.conferenceTitleSv}`,
      body: `The conference is full at the moment, so you are on the waiting list, number ${position} as we write (your place may improve as registrations made at the same moment complete). When a seat frees up it goes to the next person in line, and we will send you an e-mail at once. You can see your place on the waiting list or leave it through the link below.`,
    }),
    promoted: (c) => ({
      subject: `You have a seat: ${c.conferenceTitleEn ?? c.conferenceTitleSv}`,
      body: `A seat has become free and it is yours. You are now registered for ${c.conferenceTitleEn ?? c.conferenceTitleSv}. Cannot come? Cancel through the link below so that the next person on the waiting list gets the seat.`,
    }),
    cancelled: (c) => ({
      subject: `Cancelled: ${c.conferenceTitleEn ?? c.conferenceTitleSv}`,
      body: `Your registration for ${c.conferenceTitleEn ?? c.conferenceTitleSv} is cancelled. Thank you for letting us know.`,
    }),
  },
};

const LABELS: Record<
  Language,
  { hello: string; when: string; where: string; manage: string; privacy: string; signature: string; code: string; showCode: string; qrFile: string }
> = {
  sv: {
    hello: 'Hej',
    code: 'Din incheckningskod',
    showCode: 'Visa QR-koden i bilagan i entrén, så checkar vi in dig. Du hittar den också via länken nedan.',
    qrFile: 'incheckning.png',
    when: 'När',
    where: 'Var',
    manage: 'Se, ändra eller avboka din anmälan',
    privacy: 'Så behandlar vi dina personuppgifter',
    signature: 'Svenska Industrikommuner',
  },
  en: {
    hello: 'Hello',
    code: 'Your check-in code',
    showCode: 'Show the QR code in the attachment at the entrance and we will check you in. You can also find it through the link below.',
    qrFile: 'check-in.png',
    when: 'When',
    where: 'Where',
    manage: 'See, change or cancel your registration',
    privacy: 'How we handle your personal data',
    signature: 'Svenska Industrikommuner',
  },
};

/** A registration e-mail in the registrant's language, with the manage link. */
export function registrationMail(kind: Kind, c: MailContext, position?: number | string): NewMail {
  const { subject, body } = TEXT[c.language][kind](c, position);
  const l = LABELS[c.language];
  const checkIn = GIVES_SEAT[kind] ? c.checkIn : undefined;
  const lines = [
    `${l.hello} ${c.firstName},`,
    '',
    body,
    '',
    ...(checkIn ? [`${l.code}: ${checkIn.code}`, l.showCode, ''] : []),
    `${l.when}: ${formatRange(c.startsAt, c.endsAt, c.language)}`,
    ...(c.venue ? [`${l.where}: ${c.venue}`] : []),
    '',
    `${l.manage}:`,
    c.manageUrl,
    '',
    `${l.privacy}:`,
    `${c.calendar.publicUrl}/personuppgifter`,
    '',
    `— ${l.signature}`,
  ];
  return {
    to: c.to,
    subject,
    text: lines.join('\n'),
    subjectRef: `registration:${c.registrationId}`,
    attachments: [
      conferenceAttachment(c, CALENDAR_STATUS[kind]),
      ...(checkIn ? [{ filename: l.qrFile, contentType: 'image/png', content: checkIn.code, encoding: 'qr' as const }] : []),
    ],
  };
}

/**
 * A new registration's mail for either outcome, rendered before the seat is taken so that nothing is
 * rendered while a seat is held. The waitlist mail's text comes in two parts around the position,
 * which the insert counts after the rank is drawn (registration-writer.ts).
 */
export interface SeatMails {
  confirmed: NewMail;
  waitlisted: Omit<NewMail, 'text'> & { text: [before: string, after: string] };
}

/** Both mails of a new registration; `c.checkIn` (the code) goes only into the confirmation. */
export function seatMails(c: MailContext): SeatMails {
  // A hole no text can contain by chance (names and venues are user input).
  const hole = randomUUID();
  const waitlisted = registrationMail('waitlisted', c, hole);
  const parts = waitlisted.text.split(hole);
  if (parts.length !== 2) throw new Error('the waitlist mail names the position once');
  return { confirmed: registrationMail('confirmed', c), waitlisted: { ...waitlisted, text: [parts[0], parts[1]] } };
}

const GIVES_SEAT: Record<Kind, boolean> = { confirmed: true, promoted: true, waitlisted: false, cancelled: false };

const CALENDAR_STATUS: Record<Kind, CalendarEventStatus> = {
  confirmed: 'confirmed',
  promoted: 'confirmed',
  waitlisted: 'tentative',
  cancelled: 'cancelled',
};

/**
 * The conference as an .ics file (METHOD:PUBLISH): opening it adds the conference to the person's
 * calendar, and a cancellation mail's file marks that same event cancelled.
 */
function conferenceAttachment(c: MailContext, status: CalendarEventStatus): OutboxAttachment {
  const context = { publicUrl: c.calendar.publicUrl, language: c.language, areas: {} };
  const event = conferenceEvent(c.calendar.conference, context, status, [new Date()]);
  return {
    filename: c.language === 'en' ? 'conference.ics' : 'konferens.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: buildCalendar({ name: event.summary, language: c.language, method: 'publish' }, [event]),
  };
}
