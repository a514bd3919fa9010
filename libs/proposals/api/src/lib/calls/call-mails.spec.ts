import { acceptedMail, confirmationMail, declinedMail, type SubmissionMailContext } from './call-mails';

const context: SubmissionMailContext = {
  submissionId: 's1',
  to: 'siv@gnosjo.se',
  language: 'sv',
  name: 'Siv Sökande',
  title: 'Kompetens i små kommuner',
  callTitleSv: 'Upprop 2027',
  callTitleEn: 'Call 2027',
};

describe('open call mails', () => {
  it('sends the confirmation link in the chosen language', () => {
    const sv = confirmationMail(context, 'https://x.se/upprop/bekrafta/abc');
    expect(sv.to).toBe('siv@gnosjo.se');
    expect(sv.subject).toBe('Bekräfta ditt förslag: Kompetens i små kommuner');
    expect(sv.text).toContain('https://x.se/upprop/bekrafta/abc');
    expect(sv.text).toContain('Upprop 2027');
    const en = confirmationMail({ ...context, language: 'en' }, 'https://x.se/upprop/bekrafta/abc');
    expect(en.subject).toBe('Confirm your proposal: Kompetens i små kommuner');
    expect(en.text).toContain('Call 2027');
    expect(sv.subjectRef).toBe('call-submission:s1');
  });

  it('keeps whatever was typed on one header line', () => {
    const evil = confirmationMail({ ...context, title: 'Hej\r\nBcc: victim@example.com' }, 'u');
    expect(evil.subject).not.toMatch(/[\r\n]/);
    expect(acceptedMail({ ...context, title: 'a\nb' }).subject).toBe('Ditt förslag har tagits upp: a b');
  });

  it('gives the reason of a decline as plain text', () => {
    const mail = declinedMail(context, 'Ligger utanför <b>årets</b> tema.\nTack!');
    expect(mail.text).toContain('Motivering: Ligger utanför <b>årets</b> tema.\nTack!');
    expect(declinedMail({ ...context, language: 'en', callTitleEn: null }, 'No.').text).toContain('open call "Upprop 2027"');
  });
});
