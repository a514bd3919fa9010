import { SLUG_MAX_LENGTH, conferenceSlugBase, firstFreeSlug, isConferenceSlug, slugWords } from './conference-slug';

describe('conference slugs', () => {
  it('spells Swedish and other letters in ASCII and joins words with single hyphens', () => {
    expect(slugWords('Industrikommunernas vårkonferens')).toBe('industrikommunernas-varkonferens');
    expect(slugWords('  Öppet hus – Kompetens & Ørestad, Malmö!  ')).toBe('oppet-hus-kompetens-orestad-malmo');
    expect(slugWords('Grüße à la Æbeltoft')).toBe('grusse-a-la-aebeltoft');
  });

  it('adds the year unless the title already holds it', () => {
    expect(conferenceSlugBase('Industrikommunernas vårkonferens', 2027)).toBe('industrikommunernas-varkonferens-2027');
    expect(conferenceSlugBase('Vårkonferens 2027', 2027)).toBe('varkonferens-2027');
    expect(conferenceSlugBase('2027 års höstmöte', 2027)).toBe('2027-ars-hostmote');
  });

  it('is the year alone when the title has no letters or digits', () => {
    expect(conferenceSlugBase('– – –', 2028)).toBe('2028');
  });

  it('cuts a long title at a word and keeps the year and room for a number', () => {
    const title = 'Kompetensförsörjning '.repeat(12);
    const slug = conferenceSlugBase(title, 2027);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH - 4);
    expect(slug).toMatch(/^(kompetensforsorjning-)+2027$/);
    expect(isConferenceSlug(firstFreeSlug(slug, new Set([slug])))).toBe(true);
    expect(`${slug}-999`.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
  });

  it('cuts one very long word rather than returning nothing', () => {
    const slug = conferenceSlugBase('a'.repeat(200), 2027);
    expect(slug).toMatch(/^a+-2027$/);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH - 4);
  });

  it('numbers a taken slug from 2', () => {
    expect(firstFreeSlug('varkonferens-2027', new Set())).toBe('varkonferens-2027');
    expect(firstFreeSlug('varkonferens-2027', new Set(['varkonferens-2027']))).toBe('varkonferens-2027-2');
    expect(firstFreeSlug('varkonferens-2027', new Set(['varkonferens-2027', 'varkonferens-2027-2']))).toBe('varkonferens-2027-3');
  });

  it('tells slugs from other path segments', () => {
    expect(isConferenceSlug('varkonferens-2027')).toBe(true);
    expect(isConferenceSlug('Varkonferens')).toBe(false);
    expect(isConferenceSlug('a--b')).toBe(false);
    expect(isConferenceSlug('-a')).toBe(false);
    expect(isConferenceSlug('x'.repeat(81))).toBe(false);
  });
});
