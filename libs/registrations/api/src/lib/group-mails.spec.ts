import { groupContactMail, type GroupMailContext } from './group-mails';

const context = (overrides: Partial<GroupMailContext> = {}): GroupMailContext => ({
  groupId: 'g1',
  to: 'karin@finspang.se',
  language: 'sv',
  firstName: 'Karin',
  organisationName: 'Finspångs kommun',
  conferenceTitleSv: 'Industridagarna',
  conferenceTitleEn: 'Industry days',
  startsAt: new Date('2027-05-04T07:00:00Z'),
  endsAt: new Date('2027-05-04T15:00:00Z'),
  groupUrl: 'https://samverkan.example/anmalan/grupp/abc',
  members: [
    { firstName: 'Anna', lastName: 'Berg', email: 'anna@finspang.se', status: 'confirmed', waitlistPosition: null },
    { firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se', status: 'waitlisted', waitlistPosition: 3 },
  ],
  ...overrides,
});

describe('groupContactMail', () => {
  it('lists who has a seat and who waits with their number, and gives the group link', () => {
    const mail = groupContactMail(context());
    expect(mail.subject).toBe('Gruppanmälan: Industridagarna');
    expect(mail.text).toContain('Har fått plats:\n- Anna Berg (anna@finspang.se)');
    expect(mail.text).toContain('Står på reservlistan:\n- Bo Ek (bo@finspang.se), nummer 3');
    expect(mail.text).toContain('https://samverkan.example/anmalan/grupp/abc');
    expect(mail.subjectRef).toBe('registration-group:g1');
  });

  it('is written in English with the English title, and says when nobody got a seat', () => {
    const mail = groupContactMail(
      context({
        language: 'en',
        members: [{ firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se', status: 'waitlisted', waitlistPosition: 1 }],
      }),
    );
    expect(mail.subject).toBe('Group registration: Industry days');
    expect(mail.text).toContain('Have a seat:\n- Nobody');
    expect(mail.text).toContain('On the waiting list:\n- Bo Ek (bo@finspang.se), number 1');
    expect(mail.text).toContain('1 participant from Finspångs kommun');
  });
});
