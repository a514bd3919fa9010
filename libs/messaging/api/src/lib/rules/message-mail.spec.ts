import { chooseTexts, messageMail, reminderMail, type MailRecipient, type MessageTexts } from './message-mail';

const texts: MessageTexts = { subjectSv: 'Hej {förnamn}', bodySv: 'Välkommen till {konferens}!', subjectEn: 'Hi {firstName}', bodyEn: 'Welcome to {conference}!' };
const conference = { titleSv: 'Industridagarna', titleEn: 'Industry Days' };
const sara: MailRecipient = {
  email: 'sara@kommun.se',
  firstName: 'Sara',
  language: 'sv',
  manageUrl: 'https://x.se/anmalan/m',
  programmeUrl: 'https://x.se/api/calendar/registrations/c.ics',
};

describe('language choice', () => {
  it('English for English readers when English text was written', () => {
    expect(chooseTexts('en', texts)).toEqual({ language: 'en', subject: 'Hi {firstName}', body: 'Welcome to {conference}!' });
  });

  it('Swedish for Swedish readers, and for English readers without English text', () => {
    expect(chooseTexts('sv', texts).language).toBe('sv');
    expect(chooseTexts('en', { ...texts, subjectEn: null, bodyEn: null }).language).toBe('sv');
  });
});

describe('messageMail', () => {
  it('fills the fields in the reader language, conference title included', () => {
    const sv = messageMail(texts, sara, conference);
    expect(sv.subject).toBe('Hej Sara');
    expect(sv.text).toContain('Välkommen till Industridagarna!');
    expect(sv.text).toContain('https://x.se/anmalan/m');
    const en = messageMail(texts, { ...sara, language: 'en' }, conference);
    expect(en.subject).toBe('Hi Sara');
    expect(en.text).toContain('Welcome to Industry Days!');
    expect(en.text).toContain('You are receiving this e-mail');
  });
});

describe('reminderMail', () => {
  it('lists the person programme in Stockholm time, earliest first, with the calendar link', () => {
    const mail = reminderMail({ textSv: 'Ta med legitimation, {förnamn}.', textEn: null }, sara, conference, [
      { titleSv: 'Studiebesök', titleEn: null, startsAt: new Date('2027-05-12T12:00:00Z'), endsAt: new Date('2027-05-12T14:00:00Z'), room: 'Buss' },
      { titleSv: 'Workshop', titleEn: null, startsAt: new Date('2027-05-12T07:30:00Z'), endsAt: new Date('2027-05-12T09:00:00Z'), room: null },
    ]);
    expect(mail.subject).toBe('Påminnelse: Industridagarna');
    expect(mail.text).toContain('Ta med legitimation, Sara.');
    const workshop = mail.text.indexOf('09:30–11:00 Workshop');
    const visit = mail.text.indexOf('14:00–16:00 Studiebesök (Buss)');
    expect(workshop).toBeGreaterThan(0);
    expect(visit).toBeGreaterThan(workshop);
    expect(mail.text).toContain('https://x.se/api/calendar/registrations/c.ics');
  });

  it('says so when the person chose no programme items, in English when asked and written', () => {
    const mail = reminderMail({ textSv: 'Svenska', textEn: 'English' }, { ...sara, language: 'en' }, conference, []);
    expect(mail.subject).toBe('Reminder: Industry Days');
    expect(mail.text).toContain('You have not signed up for any programme items.');
  });
});
