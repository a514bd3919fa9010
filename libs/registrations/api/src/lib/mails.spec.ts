import { checkTexts } from '@samverkan/shared/testing';
import { registrationMail, seatMails, type MailContext } from './mails';

const KINDS = ['confirmed', 'waitlisted', 'promoted', 'cancelled'] as const;

function context(language: 'sv' | 'en'): MailContext {
  return {
    to: 'anna@kommun.se',
    language,
    firstName: 'Anna',
    conferenceTitleSv: 'Vårkonferensen',
    conferenceTitleEn: 'The spring conference',
    startsAt: new Date('2027-04-14T07:00:00Z'),
    endsAt: new Date('2027-04-15T14:00:00Z'),
    venue: 'Finspång',
    manageUrl: 'https://samverkan.example/anmalan/abc',
    registrationId: '0b9d7a4e-3c1f-4a8e-9f2b-5d6c7e8f9a0b',
    calendar: {
      conference: {
        id: '1b9d7a4e-3c1f-4a8e-9f2b-5d6c7e8f9a0b',
        slug: 'varkonferensen-2027',
        status: 'published',
        title_sv: 'Vårkonferensen',
        title_en: 'The spring conference',
        description_sv: null,
        description_en: null,
        venue: 'Finspång',
        address: null,
        starts_at: new Date('2027-04-14T07:00:00Z'),
        ends_at: new Date('2027-04-15T14:00:00Z'),
        created_at: new Date('2026-10-01T07:00:00Z'),
        updated_at: new Date('2026-10-01T07:00:00Z'),
        published_at: null,
        items: null,
      },
      publicUrl: 'https://samverkan.example',
    },
  };
}

describe('registration mails', () => {
  it.each(['sv', 'en'] as const)('use the term list in %s, every kind', (language) => {
    const texts = Object.fromEntries(
      KINDS.flatMap((kind) => {
        const mail = registrationMail(kind, context(language), 3);
        return [
          [`${kind}.subject`, mail.subject],
          [`${kind}.text`, mail.text],
        ];
      }),
    );
    expect(checkTexts(texts, language)).toEqual([]);
  });

  it('writes the registrant’s language, with the manage link', () => {
    const sv = registrationMail('waitlisted', context('sv'), 3);
    expect(sv.subject).toBe('Reservlista: Vårkonferensen');
    expect(sv.text).toContain('nummer 3');
    expect(sv.text).toContain('https://samverkan.example/anmalan/abc');
    expect(registrationMail('cancelled', context('en')).subject).toBe('Cancelled: The spring conference');
  });
});

describe('the check-in code in registration mails', () => {
  const checkIn = { code: 'C'.repeat(43) };

  it.each(['confirmed', 'promoted'] as const)('a %s mail carries the code in text and its QR code as a PNG (drawn when sent)', (kind) => {
    const mail = registrationMail(kind, { ...context('sv'), checkIn });
    expect(mail.text).toContain(`Din incheckningskod: ${checkIn.code}`);
    expect(mail.attachments).toContainEqual({
      filename: 'incheckning.png',
      contentType: 'image/png',
      content: checkIn.code,
      encoding: 'qr',
    });
    expect(checkTexts({ text: mail.text }, 'sv')).toEqual([]);
  });

  it.each(['waitlisted', 'cancelled'] as const)('a %s mail carries neither', (kind) => {
    const mail = registrationMail(kind, { ...context('en'), checkIn }, 2);
    expect(mail.text).not.toContain(checkIn.code);
    expect(mail.attachments?.map((a) => a.contentType)).toEqual(['text/calendar; charset=utf-8; method=PUBLISH']);
  });

  it('writes English for an English registrant', () => {
    const mail = registrationMail('confirmed', { ...context('en'), checkIn });
    expect(mail.text).toContain(`Your check-in code: ${checkIn.code}`);
    expect(mail.attachments?.[1].filename).toBe('check-in.png');
  });
});

describe('a new registration’s mails, rendered before the seat is taken', () => {
  const checkIn = { code: 'C'.repeat(43) };

  it.each(['sv', 'en'] as const)('give the confirmation as is and the waitlist text around its position (%s)', (language) => {
    const c = { ...context(language), checkIn };
    const mails = seatMails(c);
    expect(mails.confirmed).toEqual({ ...registrationMail('confirmed', c), attachments: expect.any(Array) });
    expect(mails.confirmed.text).toBe(registrationMail('confirmed', c).text);
    const [before, after] = mails.waitlisted.text;
    const whole = registrationMail('waitlisted', c, 17);
    expect(`${before}17${after}`).toBe(whole.text);
    expect(mails.waitlisted.subject).toBe(whole.subject);
    expect(mails.waitlisted.attachments?.map((a) => a.contentType)).toEqual(['text/calendar; charset=utf-8; method=PUBLISH']);
    expect(`${before}${after}`).not.toContain(checkIn.code);
  });

  it('keep a name that looks like a placeholder as it is', () => {
    const [before] = seatMails({ ...context('sv'), firstName: '{position} 3' }).waitlisted.text;
    expect(before).toContain('Hej {position} 3,');
  });
});
