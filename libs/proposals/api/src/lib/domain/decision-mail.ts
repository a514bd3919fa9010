import type { DecisionOutcome } from '@samverkan/proposals/contract';
import type { NewMail } from '@samverkan/shared/api-mail';

const VERB: Record<DecisionOutcome, string> = {
  accept: 'antagits',
  reject: 'avslagits',
  return: 'skickats tillbaka för ändringar',
};

/** The e-post to the proposer about the committee's decision. */
export function decisionMail(
  proposer: { email: string; name: string },
  proposal: { id: string; title: string },
  outcome: DecisionOutcome,
  motivation: string,
): NewMail {
  const verb = VERB[outcome];
  return {
    to: proposer.email,
    subject: `Ditt förslag har ${verb}: ${proposal.title}`,
    text: `Hej ${proposer.name},\n\nArbetsutskottet har beslutat om ditt förslag "${proposal.title}": det har ${verb}.\n\nMotivering: ${motivation}\n\n— Svenska Industrikommuner`,
    subjectRef: `proposal:${proposal.id}`,
  };
}
