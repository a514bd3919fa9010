import { FOCUS_AREA_CODES } from '@samverkan/strategy/contract';
import { CURRENT_FOCUS_AREAS, EARLIER_STRATEGIES } from './current-strategy.seed';
import { CURRENT_STRATEGY_TEXT } from './current-strategy.text';

describe('current strategy seed', () => {
  it('has the six focus areas in the contract order', () => {
    expect(CURRENT_FOCUS_AREAS.map((a) => a.code)).toEqual([...FOCUS_AREA_CODES]);
  });

  it('keeps the strategy titles verbatim, as the strategy names its areas', () => {
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

describe('current strategy text', () => {
  it('has a preamble, a vision and, for each of the six areas, a text and its positions taken from that text', () => {
    expect(CURRENT_STRATEGY_TEXT.preamble).toMatch(/^Det som vi kallat Finspångsmanifestet/);
    expect(CURRENT_STRATEGY_TEXT.vision).toMatch(/^Vi ska säkerställa/);
    expect(Object.keys(CURRENT_STRATEGY_TEXT.focusAreas)).toEqual([...FOCUS_AREA_CODES]);
    for (const area of Object.values(CURRENT_STRATEGY_TEXT.focusAreas)) {
      expect(area.positions.length).toBeGreaterThanOrEqual(2);
      const flat = area.text.replace(/\n\n/g, ' ');
      for (const position of area.positions) expect(flat).toContain(position.replace(/\.$/, ''));
    }
  });

  it('records the 2016 and 2020 versions by name only', () => {
    expect(EARLIER_STRATEGIES.map((s) => [s.version, s.titleSv])).toEqual([
      ['2016', 'Finspångsmanifestet'],
      ['2020', 'Finspångsmanifestet (reviderat 2020)'],
    ]);
  });
});
