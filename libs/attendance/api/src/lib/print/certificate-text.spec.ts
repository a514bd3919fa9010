import { certificateText, type CertificateInput } from './certificate-text';

const input: CertificateInput = {
  language: 'sv',
  firstName: 'Åsa',
  lastName: 'Öhrn',
  organisationName: 'Västerås stad',
  conference: {
    titleSv: 'Industrikommunernas vårkonferens',
    titleEn: 'Spring conference of the industrial municipalities',
    venue: 'Stadshuset',
    startsAt: new Date('2026-04-14T07:00:00Z'),
    endsAt: new Date('2026-04-15T14:00:00Z'),
  },
  sessions: [
    { titleSv: 'Elnätet', titleEn: 'The grid', startsAt: new Date('2026-04-14T08:00:00Z'), endsAt: new Date('2026-04-14T09:30:00Z') },
    { titleSv: 'Studiebesök', titleEn: null, startsAt: null, endsAt: null },
  ],
  checkedInAt: new Date('2026-04-14T06:50:00Z'),
  issuedAt: new Date('2026-04-20T10:00:00Z'),
};

describe('certificateText', () => {
  it('writes a Swedish certificate with the conference, its Stockholm dates and the programme items', () => {
    const text = certificateText(input);
    expect(text.heading).toBe('Intyg om deltagande');
    expect(text.name).toBe('Åsa Öhrn');
    expect(text.conferenceTitle).toBe('Industrikommunernas vårkonferens');
    expect(text.when).toBe('14 april 2026 – 15 april 2026');
    expect(text.where).toBe('Plats: Stadshuset');
    // 08:00Z is 10:00 in Stockholm in April (summer time).
    expect(text.sessions).toEqual(['Elnätet (14 april 2026 10:00–11:30)', 'Studiebesök']);
    expect(text.issuer).toBe('Svenska Industrikommuner');
    expect(text.issued).toBe('Utfärdat den 20 april 2026');
  });

  it('writes it in English, falling back to the Swedish title where there is no English one', () => {
    const text = certificateText({ ...input, language: 'en' });
    expect(text.heading).toBe('Certificate of attendance');
    expect(text.conferenceTitle).toBe('Spring conference of the industrial municipalities');
    expect(text.when).toBe('14 April 2026 – 15 April 2026');
    expect(text.sessions).toEqual(['The grid (14 April 2026 10:00–11:30)', 'Studiebesök']);
    expect(text.sessionsHeading).toBe('Programme items attended');
  });

  it('has no programme-item heading without items, and one day when the conference is one day', () => {
    const oneDay = { ...input.conference, endsAt: new Date('2026-04-14T14:00:00Z'), venue: null };
    const text = certificateText({ ...input, sessions: [], conference: oneDay });
    expect(text.sessionsHeading).toBeNull();
    expect(text.when).toBe('14 april 2026');
    expect(text.where).toBeNull();
  });
});
