import {
  anonymousCount,
  anonymousCountText,
  attendedAreas,
  countAttendedAreas,
  inactiveCutoff,
  isInactive,
  lastSeen,
  MemberMatcher,
  normaliseOrganisationName,
  topWishes,
} from './engagement-rules';

describe('normaliseOrganisationName', () => {
  it('folds case, white space and punctuation but keeps Swedish letters', () => {
    expect(normaliseOrganisationName('  Finspångs   KOMMUN. ')).toBe('finspångs kommun');
    expect(normaliseOrganisationName('Region Östergötland')).toBe('region östergötland');
    expect(normaliseOrganisationName('Sandviken-Energi AB')).toBe('sandviken energi ab');
    expect(normaliseOrganisationName('Finspångs kommun')).not.toBe(normaliseOrganisationName('Finspong kommun'));
  });

  it('treats composed and decomposed å alike', () => {
    expect(normaliseOrganisationName('Finspa\u030Angs kommun')).toBe(normaliseOrganisationName('Finsp\u00E5ngs kommun'));
  });
});

describe('MemberMatcher', () => {
  const matcher = new MemberMatcher([
    { id: 'a', name: 'Finspångs kommun' },
    { id: 'b', name: 'Gnosjö kommun' },
  ]);

  it('matches by id first, and a non-member id belongs to nobody even when the name matches', () => {
    expect(matcher.match('b', 'Finspångs kommun')).toBe('b');
    expect(matcher.match('x', 'Finspångs kommun')).toBeNull();
  });

  it('matches by normalised name without an id', () => {
    expect(matcher.match(null, 'FINSPÅNGS KOMMUN')).toBe('a');
    expect(matcher.match(null, 'Finspångs kommun AB')).toBeNull();
    expect(matcher.match(null, null)).toBeNull();
  });
});

describe('attended focus areas', () => {
  it('uses the sessions signed up to when there are any, else the conference areas, once each', () => {
    expect(attendedAreas({ sessionAreas: ['skills', 'skills'], conferenceAreas: ['cooperation'] })).toEqual(['skills']);
    expect(attendedAreas({ sessionAreas: [], conferenceAreas: ['cooperation', 'skills'] })).toEqual(['cooperation', 'skills']);
  });

  it('counts participants per area', () => {
    const counts = countAttendedAreas([
      { sessionAreas: ['skills', 'infrastructure'], conferenceAreas: ['cooperation'] },
      { sessionAreas: [], conferenceAreas: ['cooperation', 'skills'] },
      { sessionAreas: [], conferenceAreas: [] },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ skills: 2, infrastructure: 1, cooperation: 1 });
  });
});

describe('anonymous counts', () => {
  it('hides 1 and 2, shows 0 and 3 and more', () => {
    expect([0, 1, 2, 3, 10].map((n) => anonymousCount(n))).toEqual([0, null, null, 3, 10]);
    expect(anonymousCount(4, 5)).toBeNull();
    expect(anonymousCountText(null)).toBe('<3');
    expect(anonymousCountText(7)).toBe('7');
  });
});

describe('inactive members', () => {
  it('counts two years back to the same day', () => {
    expect(inactiveCutoff('2026-12-06')).toBe('2024-12-06');
    expect(inactiveCutoff('2028-02-29')).toBe('2026-02-28');
  });

  it('is inactive with nothing attended, or only before the cutoff', () => {
    expect(isInactive(null, '2026-12-06')).toBe(true);
    expect(isInactive('2024-12-05', '2026-12-06')).toBe(true);
    expect(isInactive('2024-12-06', '2026-12-06')).toBe(false);
    expect(isInactive('2026-05-01', '2026-12-06')).toBe(false);
  });

  it('last seen ignores conferences still to come', () => {
    expect(lastSeen(['2025-04-01', '2027-01-10', '2023-05-01'], '2026-12-06')).toBe('2025-04-01');
    expect(lastSeen(['2027-01-10'], '2026-12-06')).toBeNull();
    expect(lastSeen(['2026-12-06'], '2026-12-06')).toBe('2026-12-06');
  });
});

describe('topWishes', () => {
  it('sorts by wishes, drops zeros, limits', () => {
    const areas = [
      { code: 'skills', wishes: 2 },
      { code: 'cooperation', wishes: 5 },
      { code: 'infrastructure', wishes: 0 },
      { code: 'digitalisation', wishes: 2 },
    ];
    expect(topWishes(areas).map((a) => a.code)).toEqual(['cooperation', 'digitalisation', 'skills']);
    expect(topWishes(areas, 1).map((a) => a.code)).toEqual(['cooperation']);
  });
});
