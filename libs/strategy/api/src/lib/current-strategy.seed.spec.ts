import { FOCUS_AREA_CODES } from '@samverkan/strategy/contract';
import { CURRENT_FOCUS_AREAS } from './current-strategy.seed';

describe('current strategy seed', () => {
  it('has the six focus areas in the contract order', () => {
    expect(CURRENT_FOCUS_AREAS.map((a) => a.code)).toEqual([...FOCUS_AREA_CODES]);
  });

  it('keeps the strategy titles verbatim (domain.md)', () => {
    expect(Object.fromEntries(CURRENT_FOCUS_AREAS.map((a) => [a.code, a.titleSv]))).toEqual({
      infrastructure: 'En infrastruktur i alla dimensioner',
      digitalisation: 'Digitalisering och automatisering stärker vår konkurrenskraft',
      'green-transition': 'En grön omställning',
      skills: 'Kompetensförsörjning för konkurrenskraft',
      'living-environment': 'En attraktiv livsmiljö',
      cooperation: 'God samverkan mellan näringsliv, kommun, region och stat',
    });
  });

  it('describes every area in Swedish and English', () => {
    for (const area of CURRENT_FOCUS_AREAS) {
      expect(area.titleEn).toMatch(/^[A-Z]/);
      expect(area.descriptionSv).toMatch(/[åäö]/);
      expect(area.descriptionEn).not.toMatch(/[åäö]/);
    }
  });
});
