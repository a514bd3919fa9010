import { invitationPageUrl, speakerInvitationMail } from './invitation-mail';

const base = {
  to: 'eva@example.se',
  speakerName: 'Eva Öst',
  speakerId: 's1',
  itemTitleSv: 'Vätgas i industrin',
  itemTitleEn: 'Hydrogen in industry',
  conferenceTitleSv: 'Vårkonferensen',
  conferenceTitleEn: null,
  startsAt: new Date('2031-04-14T07:00:00Z'),
  invitationUrl: invitationPageUrl('https://samverkan.example', 'T'.repeat(43)),
  publicUrl: 'https://samverkan.example',
};

describe('speakerInvitationMail', () => {
  it('invites in Swedish with the item, the Stockholm time and the personal link', () => {
    const mail = speakerInvitationMail({ ...base, language: 'sv' });
    expect(mail.subject).toBe('Inbjudan att medverka: Vätgas i industrin');
    expect(mail.text).toContain('Du är inbjuden att medverka i ”Vätgas i industrin” på Vårkonferensen, ');
    expect(mail.text).toContain('09:00');
    expect(mail.text).toContain(`https://samverkan.example/talare/${'T'.repeat(43)}\n`);
    expect(mail.subjectRef).toBe('speaker:s1');
  });

  it('uses the English titles in English, falling back to Swedish, and keeps the subject on one line', () => {
    const mail = speakerInvitationMail({ ...base, language: 'en', itemTitleEn: 'Hydrogen\r\nBcc: x@example.se', startsAt: null });
    expect(mail.subject).toBe('Invitation to speak: Hydrogen Bcc: x@example.se');
    expect(mail.text).toContain('at Vårkonferensen.');
  });
});
