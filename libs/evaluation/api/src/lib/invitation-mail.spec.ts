import { checkTexts } from '@samverkan/shared/testing';
import { evaluationPageUrl, invitationMail, type InvitationContext } from './invitation-mail';

const context: InvitationContext = {
  to: 'anna@kommun.se',
  language: 'sv',
  firstName: 'Anna',
  registrationId: 'r1',
  conferenceTitleSv: 'Industridagarna',
  conferenceTitleEn: 'Industry days',
  closesAt: new Date('2027-05-15T14:00:00Z'),
  evaluationUrl: evaluationPageUrl('https://samverkan.example/anmalan/TOKEN'),
  publicUrl: 'https://samverkan.example',
};

describe('invitation mail', () => {
  it('is in Swedish with the person’s evaluation link and the close time in Stockholm', () => {
    const mail = invitationMail(context);
    expect(mail.subject).toBe('Utvärdering: Industridagarna');
    expect(mail.text).toMatch(/^Hej Anna,/);
    expect(mail.text).toContain('https://samverkan.example/anmalan/TOKEN/utvardering');
    expect(mail.text).toContain('16:00');
    expect(mail.subjectRef).toBe('registration:r1');
  });

  it('is in English for those who registered in English, with the English title', () => {
    const mail = invitationMail({ ...context, language: 'en' });
    expect(mail.subject).toBe('Evaluation: Industry days');
    expect(mail.text).toMatch(/^Hello Anna,/);
    expect(mail.text).toContain('You can change your answer until');
  });

  it('uses the term list in both languages', () => {
    expect(checkTexts([invitationMail(context).subject, invitationMail(context).text], 'sv')).toEqual([]);
    const en = invitationMail({ ...context, language: 'en' });
    expect(checkTexts([en.subject, en.text], 'en')).toEqual([]);
  });
});
