import {
  consultationMails,
  isConsultationOpen,
  mayDecideWording,
  mayDeleteComment,
  sameWording,
  wordingDecisionMail,
} from './consultation-rules';

describe('consultation rules', () => {
  it('is open only in consultation', () => {
    expect(isConsultationOpen('in-consultation')).toBe(true);
    for (const s of ['draft', 'adopted', 'replaced'] as const) expect(isConsultationOpen(s)).toBe(false);
  });

  it('lets only the author delete a comment, and only during the consultation', () => {
    expect(mayDeleteComment({ authorId: 'a' }, 'a', 'in-consultation')).toBe('ok');
    expect(mayDeleteComment({ authorId: 'a' }, 'b', 'in-consultation')).toBe('not-author');
    expect(mayDeleteComment({ authorId: 'a' }, 'a', 'adopted')).toBe('closed');
  });

  it('decides a wording proposal once', () => {
    expect(mayDecideWording('pending')).toBe(true);
    expect(mayDecideWording('accepted')).toBe(false);
    expect(mayDecideWording('rejected')).toBe(false);
  });

  it('compares wordings without regard to spacing', () => {
    expect(sameWording(' Fossilfri  el\nprioriteras ', 'Fossilfri el prioriteras')).toBe(true);
    expect(sameWording('Fossilfri el', 'Fossilfri elektricitet')).toBe(false);
  });

  it('writes one consultation mail per person with a header-safe subject and the link', () => {
    const mails = consultationMails(
      [
        { name: 'Pia', email: 'pia@example.se' },
        { name: 'Ulla', email: 'ulla@example.se' },
      ],
      { id: 'v1', title: 'Strategi\r\nBcc: x@evil', version: '2028' },
      'https://samverkan.example',
    );
    expect(mails.map((m) => m.to)).toEqual(['pia@example.se', 'ulla@example.se']);
    expect(mails[0].subject).not.toMatch(/[\r\n]/);
    expect(mails[0].text).toContain('Hej Pia,');
    expect(mails[0].text).toContain('https://samverkan.example/strategi/v1');
  });

  it('tells the proposer the decision, with the reason only for a rejection', () => {
    const version = { id: 'v1', title: 'Strategi 2028' };
    const rejected = wordingDecisionMail(
      { name: 'Pia', email: 'pia@example.se' },
      { status: 'rejected', reason: 'För långt.', text: 'Ny text' },
      version,
      'https://x',
    );
    expect(rejected.subject).toBe('Formuleringsförslag avslaget: Strategi 2028');
    expect(rejected.text).toContain('Motivering: För långt.');
    const accepted = wordingDecisionMail(
      { name: 'Pia', email: 'pia@example.se' },
      { status: 'accepted', reason: null, text: 'Ny text' },
      version,
      'https://x',
    );
    expect(accepted.subject).toBe('Formuleringsförslag godtaget: Strategi 2028');
    expect(accepted.text).toContain('Ny text');
    expect(accepted.text).not.toContain('Motivering');
  });
});
