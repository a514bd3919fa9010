import { diffPositions, diffVersions, type ComparableVersion } from './strategy-diff';

const area = (code: string, positions: string[], text = 'Text om området.', titleSv = `Område ${code}`) => ({
  code,
  titleSv,
  text,
  positions: positions.map((p) => ({ text: p })),
});

describe('diffPositions', () => {
  it('keeps unchanged positions, pairs a rewording as changed, and marks the rest added or removed', () => {
    const result = diffPositions(
      ['Elnäten måste byggas ut.', 'Fossilfri el måste prioriteras.', 'Staten ska finnas på plats.'],
      ['Elnäten måste byggas ut.', 'Fossilfri el och vätgas måste prioriteras.', 'Staten ska finnas på plats.', 'Ny ståndpunkt.'],
    );
    expect(result.map((p) => p.kind)).toEqual(['same', 'changed', 'same', 'added']);
    expect(result[1].words).toEqual([
      { kind: 'same', text: 'Fossilfri el' },
      { kind: 'added', text: 'och vätgas' },
      { kind: 'same', text: 'måste prioriteras.' },
    ]);
    expect(result[3].words).toEqual([{ kind: 'added', text: 'Ny ståndpunkt.' }]);
  });

  it('marks a deleted position removed and sees a pure reorder as a removal and an addition', () => {
    expect(diffPositions(['A a.', 'B b.'], ['B b.']).map((p) => p.kind)).toEqual(['removed', 'same']);
    expect(diffPositions(['A a.', 'B b.'], ['B b.', 'A a.']).map((p) => p.kind)).toEqual(['removed', 'same', 'added']);
  });
});

describe('diffVersions', () => {
  const base: ComparableVersion = {
    id: 'old',
    title: 'Strategi',
    preamble: 'Förord.',
    vision: 'Vi ska växa.',
    focusAreas: [area('energy', ['El.']), area('rail', ['Tåg.']), area('skills', ['Utbildning.'])],
  };
  const other: ComparableVersion = {
    id: 'new',
    title: 'Strategi',
    preamble: 'Förord.',
    vision: 'Vi ska växa hållbart.',
    focusAreas: [area('infrastructure', ['El.', 'Tåg.']), area('skills', ['Utbildning.'])],
  };

  it('compares per area by code: new areas added, vanished ones removed at the end, equal ones same', () => {
    const diff = diffVersions(base, other);
    expect(diff).toMatchObject({ baseId: 'old', otherId: 'new' });
    expect(diff.focusAreas.map((a) => [a.code, a.kind])).toEqual([
      ['infrastructure', 'added'],
      ['skills', 'same'],
      ['energy', 'removed'],
      ['rail', 'removed'],
    ]);
    expect(diff.vision).toEqual([
      { kind: 'same', text: 'Vi ska' },
      { kind: 'removed', text: 'växa.' },
      { kind: 'added', text: 'växa hållbart.' },
    ]);
    expect(diff.title).toEqual([{ kind: 'same', text: 'Strategi' }]);
  });

  it('marks an area changed when only its text changes', () => {
    const edited = { ...base, id: 'edited', focusAreas: [area('energy', ['El.'], 'Text om hela området.'), ...base.focusAreas.slice(1)] };
    const diff = diffVersions(base, edited);
    expect(diff.focusAreas.map((a) => a.kind)).toEqual(['changed', 'same', 'same']);
    expect(diff.focusAreas[0].text).toEqual([
      { kind: 'same', text: 'Text om' },
      { kind: 'added', text: 'hela' },
      { kind: 'same', text: 'området.' },
    ]);
  });
});
