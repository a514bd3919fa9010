import type { CallLanguage } from '@samverkan/proposals/contract';
import { headerText, type NewMail } from '@samverkan/shared/api-mail';

export interface SubmissionMailContext {
  submissionId: string;
  to: string;
  language: CallLanguage;
  name: string;
  title: string;
  callTitleSv: string;
  callTitleEn: string | null;
}

const SIGNATURE = '— Svenska Industrikommuner';

function callTitle(c: SubmissionMailContext): string {
  return c.language === 'en' ? (c.callTitleEn ?? c.callTitleSv) : c.callTitleSv;
}

function mail(c: SubmissionMailContext, subject: string, lines: string[]): NewMail {
  // Subjects carry what the sender typed: one line (headerText), so nothing can start a header of its own.
  return {
    to: c.to,
    subject: headerText(subject),
    text: [...lines, '', SIGNATURE].join('\n'),
    subjectRef: `call-submission:${c.submissionId}`,
  };
}

/** The link to follow before the submission counts. */
export function confirmationMail(c: SubmissionMailContext, confirmUrl: string): NewMail {
  const title = callTitle(c);
  return c.language === 'en'
    ? mail(c, `Confirm your proposal: ${c.title}`, [
        `Hello ${c.name},`,
        '',
        `Thank you for your proposal "${c.title}" to the open call "${title}".`,
        'It counts once you confirm your e-mail address through this link (valid for 7 days):',
        '',
        confirmUrl,
        '',
        'If you did not send a proposal, you can ignore this e-mail.',
      ])
    : mail(c, `Bekräfta ditt förslag: ${c.title}`, [
        `Hej ${c.name},`,
        '',
        `Tack för ditt förslag ”${c.title}” till upprop ”${title}”.`,
        'Förslaget räknas när du har bekräftat din e-postadress via länken nedan (giltig i 7 dagar):',
        '',
        confirmUrl,
        '',
        'Har du inte skickat något förslag kan du bortse från det här meddelandet.',
      ]);
}

/** The council took the submission up as its own proposal. */
export function acceptedMail(c: SubmissionMailContext): NewMail {
  const title = callTitle(c);
  return c.language === 'en'
    ? mail(c, `Your proposal has been taken up: ${c.title}`, [
        `Hello ${c.name},`,
        '',
        `The programme council has taken up your proposal "${c.title}" (open call "${title}") as one of its own proposals.`,
        'It will now be prepared and decided on by the working committee. We will be in touch if we need more from you.',
      ])
    : mail(c, `Ditt förslag har tagits upp: ${c.title}`, [
        `Hej ${c.name},`,
        '',
        `Programrådet har tagit upp ditt förslag ”${c.title}” (upprop ”${title}”) som ett av sina egna förslag.`,
        'Det bereds nu och beslutas av arbetsutskottet. Vi hör av oss om vi behöver mer från dig.',
      ]);
}

/** The council declined the submission; the reason goes as plain text. */
export function declinedMail(c: SubmissionMailContext, reason: string): NewMail {
  const title = callTitle(c);
  return c.language === 'en'
    ? mail(c, `About your proposal: ${c.title}`, [
        `Hello ${c.name},`,
        '',
        `Thank you for your proposal "${c.title}" to the open call "${title}". The programme council has decided not to take it further.`,
        '',
        `Reason: ${reason}`,
      ])
    : mail(c, `Om ditt förslag: ${c.title}`, [
        `Hej ${c.name},`,
        '',
        `Tack för ditt förslag ”${c.title}” till upprop ”${title}”. Programrådet har beslutat att inte gå vidare med det.`,
        '',
        `Motivering: ${reason}`,
      ]);
}
