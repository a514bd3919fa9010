import { stepsToAdopted, type VersionHistoryRow } from './adopted-areas-history';

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
