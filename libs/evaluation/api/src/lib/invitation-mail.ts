import { personalLetter, type NewMail } from '@samverkan/shared/api-mail';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';

export interface InvitationContext {
  to: string;
  language: 'sv' | 'en';
  firstName: string;
  registrationId: string;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  closesAt: Date;
  /** The evaluation page behind the person's manage link. */
  evaluationUrl: string;
  publicUrl: string;
}

/** The manage link's evaluation page: `/anmalan/:token/utvardering`. */
export function evaluationPageUrl(manageUrl: string): string {
  return `${manageUrl}/utvardering`;
}

/** The invitation to answer the evaluation, in the participant's language, with their own link. */
export function invitationMail(c: InvitationContext): NewMail {
  const en = c.language === 'en';
  const title = en ? (c.conferenceTitleEn ?? c.conferenceTitleSv) : c.conferenceTitleSv;
  const until = `${formatDate(c.closesAt, c.language)} ${formatTime(c.closesAt, c.language)}`;
  const body = en
    ? [
        `Thank you for taking part in ${title}. We would like to know what you thought, so that the next conference can be better.`,
        `It takes a few minutes. You can change your answer until ${until}.`,
        '',
        'Answer the evaluation:',
        c.evaluationUrl,
      ]
    : [
        `Tack för att du var med på ${title}. Vi vill gärna veta vad du tyckte, så att nästa konferens blir bättre.`,
        `Det tar några minuter. Du kan ändra ditt svar fram till ${until}.`,
        '',
        'Svara på utvärderingen:',
        c.evaluationUrl,
      ];
  return {
    to: c.to,
    subject: en ? `Evaluation: ${title}` : `Utvärdering: ${title}`,
    text: personalLetter(c.language, c.firstName, body, c.publicUrl),
    subjectRef: `registration:${c.registrationId}`,
  };
}
