import type { NewMail } from '@samverkan/shared/api-mail';
import { headerText, personalLetter } from '@samverkan/shared/api-mail';
import { formatDate, formatTime } from '@samverkan/shared/util-dates';

export interface SpeakerInvitationContext {
  to: string;
  language: 'sv' | 'en';
  speakerName: string;
  speakerId: string;
  itemTitleSv: string;
  itemTitleEn: string | null;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  startsAt: Date | null;
  /** The page behind the secret link: `/talare/:token`. */
  invitationUrl: string;
  publicUrl: string;
}

/** The speaker's page of an invitation token. */
export function invitationPageUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/talare/${token}`;
}

/**
 * The invitation to speak at a programme item, in the language staff chose, with the speaker's own
 * link. The subject is one header line whatever the titles hold (headerText).
 */
export function speakerInvitationMail(c: SpeakerInvitationContext): NewMail {
  const en = c.language === 'en';
  const item = en ? (c.itemTitleEn ?? c.itemTitleSv) : c.itemTitleSv;
  const conference = en ? (c.conferenceTitleEn ?? c.conferenceTitleSv) : c.conferenceTitleSv;
  const when = c.startsAt ? `${formatDate(c.startsAt, c.language)} ${formatTime(c.startsAt, c.language)}` : null;
  const body = en
    ? [
        `You are invited to speak at “${item}” at ${conference}${when ? `, ${when}` : ''}.`,
        'Please confirm or decline, and tell us about yourself (a short biography in Swedish and English) on your own page:',
        c.invitationUrl,
        '',
        'The link is personal; do not pass it on.',
      ]
    : [
        `Du är inbjuden att medverka i ”${item}” på ${conference}${when ? `, ${when}` : ''}.`,
        'Tacka ja eller nej, och berätta om dig själv (en kort presentation på svenska och engelska) på din egen sida:',
        c.invitationUrl,
        '',
        'Länken är personlig; skicka den inte vidare.',
      ];
  return {
    to: c.to,
    subject: headerText(en ? `Invitation to speak: ${item}` : `Inbjudan att medverka: ${item}`),
    text: personalLetter(c.language, c.speakerName, body, c.publicUrl),
    subjectRef: `speaker:${c.speakerId}`,
  };
}
