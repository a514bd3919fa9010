import type { StrategyState, WordingProposalStatus } from '@samverkan/strategy/contract';
import { headerText, personalLetter, type NewMail } from '@samverkan/shared/api-mail';

/** Comments and wording proposals are taken, and decided, only while the version is in consultation. */
export function isConsultationOpen(state: StrategyState): boolean {
  return state === 'in-consultation';
}

/** The author may delete their own comment, and only while the consultation runs. */
export function mayDeleteComment(comment: { authorId: string }, userId: string, state: StrategyState): 'ok' | 'closed' | 'not-author' {
  if (!isConsultationOpen(state)) return 'closed';
  return comment.authorId === userId ? 'ok' : 'not-author';
}

/** A wording proposal is decided once: only a pending one can be accepted or rejected. */
export function mayDecideWording(status: WordingProposalStatus): boolean {
  return status === 'pending';
}

/** The same words, compared without differences in spacing. */
export function sameWording(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().split(/\s+/).join(' ');
  return norm(a) === norm(b);
}

export function strategyPageUrl(publicUrl: string, strategyId: string): string {
  return `${publicUrl}/strategi/${strategyId}`;
}

export interface Recipient {
  name: string;
  email: string;
}

/** The mail to each council and committee member when a version goes out for consultation. */
export function consultationMails(
  recipients: readonly Recipient[],
  version: { id: string; title: string; version: string },
  publicUrl: string,
): NewMail[] {
  const subject = headerText(`Strategin på remiss: ${version.title} (${version.version})`);
  const url = strategyPageUrl(publicUrl, version.id);
  return recipients.map((r) => ({
    to: r.email,
    subject,
    text: personalLetter(
      'sv',
      r.name,
      [
        `Arbetsutskottet har skickat strategiversionen ”${version.title}” (${version.version}) på remiss.`,
        'Läs den och lämna synpunkter eller förslag på nya formuleringar per ståndpunkt här:',
        url,
      ],
      publicUrl,
    ),
    subjectRef: `strategy:${version.id}`,
  }));
}

/** The mail to the proposer when the committee has decided on their wording proposal. */
export function wordingDecisionMail(
  proposer: Recipient,
  decision: { status: 'accepted' | 'rejected'; reason: string | null; text: string },
  version: { id: string; title: string },
  publicUrl: string,
): NewMail {
  const accepted = decision.status === 'accepted';
  const body = [
    accepted
      ? `Arbetsutskottet har godtagit ditt förslag till ny formulering i ”${version.title}”. Ståndpunkten lyder nu:`
      : `Arbetsutskottet har avslagit ditt förslag till ny formulering i ”${version.title}”. Du föreslog:`,
    '',
    decision.text,
    ...(!accepted && decision.reason ? ['', `Motivering: ${decision.reason}`] : []),
    '',
    strategyPageUrl(publicUrl, version.id),
  ];
  return {
    to: proposer.email,
    subject: headerText(`${accepted ? 'Formuleringsförslag godtaget' : 'Formuleringsförslag avslaget'}: ${version.title}`),
    text: personalLetter('sv', proposer.name, body, publicUrl),
    subjectRef: `strategy:${version.id}`,
  };
}
