import { checkMapping, groupMapping, mappingIsComplete, translateCode, translationPairs, type MappingStep } from './focus-area-mapping';

// 2020 → 2025: energy and rail merge into infrastructure, skills is renamed competence, culture is retired.
const step2025: MappingStep = [
  { from: 'energy', to: ['infrastructure'] },
  { from: 'rail', to: ['infrastructure'] },
  { from: 'skills', to: ['competence'] },
  { from: 'culture', to: [] },
];
// 2025 → 2030: infrastructure splits into grids and transport; competence stays.
const step2030: MappingStep = [
  { from: 'infrastructure', to: ['grids', 'transport'] },
  { from: 'competence', to: ['competence'] },
];

describe('translateCode', () => {
  it('follows merges, renames, retirements and splits from the oldest step to the newest', () => {
    expect(translateCode('energy', [step2025])).toEqual(['infrastructure']);
    expect(translateCode('skills', [step2025])).toEqual(['competence']);
    expect(translateCode('culture', [step2025])).toEqual([]);
    expect(translateCode('energy', [step2025, step2030])).toEqual(['grids', 'transport']);
    expect(translateCode('infrastructure', [step2025, step2030])).toEqual(['grids', 'transport']);
  });

  it('passes a code a step does not know, and with no steps every code is itself', () => {
    expect(translateCode('grids', [step2025, step2030])).toEqual(['grids']);
    expect(translateCode('energy', [])).toEqual(['energy']);
  });
});

describe('translationPairs', () => {
  it('lists each old and current code with the current codes it counts under, nothing for retired or unknown ones', () => {
    const pairs = translationPairs(['energy', 'culture', 'elsewhere'], [step2025], ['infrastructure', 'competence']);
    expect(pairs).toEqual([
      { from: 'infrastructure', to: 'infrastructure' },
      { from: 'competence', to: 'competence' },
      { from: 'energy', to: 'infrastructure' },
      { from: 'rail', to: 'infrastructure' },
      { from: 'skills', to: 'competence' },
    ]);
  });
});

describe('checkMapping', () => {
  it('accepts a mapping that names every previous area once and only current targets', () => {
    const problems = checkMapping(['energy', 'rail', 'skills', 'culture'], ['infrastructure', 'competence'], step2025);
    expect(mappingIsComplete(problems)).toBe(true);
  });

  it('reports missing, unknown and repeated codes', () => {
    const problems = checkMapping(
      ['energy', 'rail'],
      ['infrastructure'],
      [
        { from: 'energy', to: ['infrastructure', 'nowhere'] },
        { from: 'energy', to: [] },
        { from: 'ghost', to: [] },
      ],
    );
    expect(problems).toEqual({ missing: ['rail'], unknownFrom: ['ghost'], unknownTo: ['nowhere'], repeated: ['energy'] });
    expect(mappingIsComplete(problems)).toBe(false);
  });
});

describe('groupMapping', () => {
  it('turns stored pairs into one entry per old code, a null target meaning retired', () => {
    expect(
      groupMapping([
        { fromCode: 'energy', toCode: 'infrastructure' },
        { fromCode: 'rail', toCode: 'infrastructure' },
        { fromCode: 'infrastructure', toCode: 'grids' },
        { fromCode: 'infrastructure', toCode: 'transport' },
        { fromCode: 'culture', toCode: null },
      ]),
    ).toEqual([
      { from: 'energy', to: ['infrastructure'] },
      { from: 'rail', to: ['infrastructure'] },
      { from: 'infrastructure', to: ['grids', 'transport'] },
      { from: 'culture', to: [] },
    ]);
  });
});
