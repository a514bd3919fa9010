import type { Language } from '@samverkan/registrations/contract';
import { formatRange } from '@samverkan/shared/util-dates';
import { renderMergeFields, type MergeValues } from './merge-fields';

export interface MessageTexts {
  subjectSv: string;
  bodySv: string;
  subjectEn: string | null;
  bodyEn: string | null;
}

export interface MailRecipient {
  email: string;
  firstName: string;
  language: Language;
  manageUrl: string;
  programmeUrl: string;
}

export interface ConferenceTitles {
  titleSv: string;
  titleEn: string | null;
}

/** A programme item the person signed up for, as the reminder lists it. */
export interface ProgrammeEntry {
  titleSv: string;
  titleEn: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  room: string | null;
}

/** English text for people who chose English when English text was written; Swedish otherwise. */
export function chooseTexts(language: Language, texts: MessageTexts): { language: Language; subject: string; body: string } {
  if (language === 'en' && texts.subjectEn && texts.bodyEn) return { language: 'en', subject: texts.subjectEn, body: texts.bodyEn };
  return { language: 'sv', subject: texts.subjectSv, body: texts.bodySv };
}

export function mergeValues(recipient: MailRecipient, conference: ConferenceTitles, language: Language): MergeValues {
  return {
    firstName: recipient.firstName,
    conference: language === 'en' ? (conference.titleEn ?? conference.titleSv) : conference.titleSv,
    manageLink: recipient.manageUrl,
    programmeLink: recipient.programmeUrl,
  };
}

const FOOTER: Record<Language, (title: string, manageUrl: string) => string[]> = {
  sv: (title, manageUrl) => [
    '—',
    'Svenska Industrikommuner',
    `Du får det här e-postmeddelandet eftersom du är anmäld till ${title}. Se eller avboka din anmälan:`,
    manageUrl,
  ],
  en: (title, manageUrl) => [
    '—',
    'Svenska Industrikommuner',
    `You are receiving this e-mail because you registered for ${title}. See or cancel your registration:`,
    manageUrl,
  ],
};

/** A message as one recipient gets it: their language's text with the merge fields filled, and the footer. */
export function messageMail(texts: MessageTexts, recipient: MailRecipient, conference: ConferenceTitles): { language: Language; subject: string; text: string } {
  const chosen = chooseTexts(recipient.language, texts);
  const values = mergeValues(recipient, conference, chosen.language);
  return {
    language: chosen.language,
    subject: renderMergeFields(chosen.subject, values),
    text: [renderMergeFields(chosen.body, values), '', ...FOOTER[chosen.language](values.conference, recipient.manageUrl)].join('\n'),
  };
}

const REMINDER: Record<Language, { subject: (title: string) => string; hello: string; programme: string; none: string; calendar: string }> = {
  sv: {
    subject: (title) => `Påminnelse: ${title}`,
    hello: 'Hej',
    programme: 'Ditt program',
    none: 'Du har inte anmält dig till några programpunkter.',
    calendar: 'Ditt program i din kalender',
  },
  en: {
    subject: (title) => `Reminder: ${title}`,
    hello: 'Hello',
    programme: 'Your programme',
    none: 'You have not signed up for any programme items.',
    calendar: 'Your programme in your calendar',
  },
};

/** The reminder: the practical text (merge fields filled), the person's own programme in Stockholm time, their links. */
export function reminderMail(
  texts: { textSv: string; textEn: string | null },
  recipient: MailRecipient,
  conference: ConferenceTitles,
  programme: readonly ProgrammeEntry[],
): { language: Language; subject: string; text: string } {
  const language: Language = recipient.language === 'en' && texts.textEn ? 'en' : 'sv';
  const l = REMINDER[language];
  const values = mergeValues(recipient, conference, language);
  const entries = [...programme]
    .sort((a, b) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity))
    .map((e) => {
      const title = language === 'en' ? (e.titleEn ?? e.titleSv) : e.titleSv;
      const when = e.startsAt && e.endsAt ? `${formatRange(e.startsAt, e.endsAt, language)} ` : '';
      return `- ${when}${title}${e.room ? ` (${e.room})` : ''}`;
    });
  const lines = [
    `${l.hello} ${recipient.firstName},`,
    '',
    renderMergeFields(language === 'en' ? (texts.textEn as string) : texts.textSv, values),
    '',
    `${l.programme}:`,
    ...(entries.length ? entries : [l.none]),
    '',
    `${l.calendar}:`,
    recipient.programmeUrl,
    '',
    ...FOOTER[language](values.conference, recipient.manageUrl),
  ];
  return { language, subject: l.subject(values.conference), text: lines.join('\n') };
}
