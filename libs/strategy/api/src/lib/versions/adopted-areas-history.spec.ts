import { adoptedTitlesByCode, stepsToAdopted, type VersionHistoryRow } from './adopted-areas-history';

const row = (id: string, state: string, basedOn: string | null, mapping: VersionHistoryRow['mapping'] = []): VersionHistoryRow => ({
  id,
  state,
  based_on_id: basedOn,
  areas: [],
  mapping,
});

describe('stepsToAdopted', () => {
  it('collects the mappings along the versions the adopted one was based on, oldest first', () => {
    const m2 = [{ from: 'a', to: ['b'] }];
    const m3 = [{ from: 'b', to: ['c'] }];
    const { adopted, steps } = stepsToAdopted([
      row('v3', 'adopted', 'v2', m3),
      row('v1', 'replaced', null),
      row('v2', 'replaced', 'v1', m2),
    ]);
    expect(adopted?.id).toBe('v3');
    expect(steps).toEqual([m2, m3]);
  });

  it('has no steps for a seeded version and nothing without an adopted one', () => {
    expect(stepsToAdopted([row('v1', 'adopted', null)]).steps).toEqual([]);
    expect(stepsToAdopted([row('v1', 'replaced', null)])).toEqual({ adopted: null, steps: [] });
  });
});

describe('adoptedTitlesByCode', () => {
  const areas = [
    { code: 'energy', titleSv: 'Energi', titleEn: 'Energy' },
    { code: 'infra', titleSv: 'Infrastruktur', titleEn: '' },
  ];

  it('names a merged code by its new area, a split one by each part, English falling back to Swedish', () => {
    const pairs = [
      { from: 'energy', to: 'energy' },
      { from: 'infra', to: 'infra' },
      { from: 'roads', to: 'infra' },
      { from: 'climate', to: 'energy' },
      { from: 'climate', to: 'infra' },
    ];
    expect(adoptedTitlesByCode({ areas, pairs })).toEqual({
      energy: [['Energi', 'Energy']],
      infra: [['Infrastruktur', 'Infrastruktur']],
      roads: [['Infrastruktur', 'Infrastruktur']],
      climate: [
        ['Energi', 'Energy'],
        ['Infrastruktur', 'Infrastruktur'],
      ],
    });
  });

  it('names a retired code by nothing, and nothing without an adopted version', () => {
    expect(adoptedTitlesByCode({ areas, pairs: [{ from: 'gone', to: 'retired-area' }] })).toEqual({});
    expect(adoptedTitlesByCode(null)).toEqual({});
  });
});
