import { decisionMail } from './decision-mail';

describe('decisionMail', () => {
  const proposer = { email: 'pelle@example.se', name: 'Pelle' };
  const proposal = { id: 'p1', title: 'Energi för industrin' };

  it('tells the proposer the outcome and the reasons', () => {
    const mail = decisionMail(proposer, proposal, 'accept', 'Hög relevans.');
    expect(mail).toMatchObject({
      to: 'pelle@example.se',
      subject: 'Ditt förslag har antagits: Energi för industrin',
      subjectRef: 'proposal:p1',
    });
    expect(mail.text).toContain('Hej Pelle');
    expect(mail.text).toContain('Motivering: Hög relevans.');
  });

  it('words each outcome', () => {
    expect(decisionMail(proposer, proposal, 'reject', 'x').subject).toBe('Ditt förslag har avslagits: Energi för industrin');
    expect(decisionMail(proposer, proposal, 'return', 'x').subject).toBe(
      'Ditt förslag har skickats tillbaka för ändringar: Energi för industrin',
    );
  });
});
