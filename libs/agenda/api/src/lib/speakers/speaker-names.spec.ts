import { cleanSpeakerName, containsPattern, speakerKey } from './speaker-names';

describe('speaker names', () => {
  it('gives two spellings of one name the same key: spaces at the ends and inside, case', () => {
    expect(speakerKey(' Anna  Berg ')).toBe('anna berg');
    expect(speakerKey('ANNA\tberg')).toBe('anna berg');
    expect(speakerKey('Åsa Öberg')).toBe(speakerKey('åsa öberg'));
    expect(speakerKey('Anna Berg')).not.toBe(speakerKey('Anna Bergh'));
  });

  it('stores a name trimmed with single spaces, keeping its case', () => {
    expect(cleanSpeakerName('  Anna   Berg ')).toBe('Anna Berg');
  });

  it('makes a LIKE pattern in which the search text matches itself only', () => {
    expect(containsPattern('berg')).toBe('%berg%');
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
