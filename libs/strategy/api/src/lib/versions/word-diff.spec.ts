import { changed, diffWords } from './word-diff';

describe('diffWords', () => {
  it('marks words added and removed, keeping the common ones', () => {
    expect(diffWords('Fossilfri el måste prioriteras', 'Fossilfri el och vätgas måste prioriteras högt')).toEqual([
      { kind: 'same', text: 'Fossilfri el' },
      { kind: 'added', text: 'och vätgas' },
      { kind: 'same', text: 'måste prioriteras' },
      { kind: 'added', text: 'högt' },
    ]);
  });

  it('puts the removed word before the one that replaces it', () => {
    expect(diffWords('Energipriserna måste vara konkurrenskraftiga.', 'Energipriserna bör vara konkurrenskraftiga.')).toEqual([
      { kind: 'same', text: 'Energipriserna' },
      { kind: 'removed', text: 'måste' },
      { kind: 'added', text: 'bör' },
      { kind: 'same', text: 'vara konkurrenskraftiga.' },
    ]);
  });

  it('handles empty sides and ignores whitespace differences', () => {
    expect(diffWords('', 'Ny text')).toEqual([{ kind: 'added', text: 'Ny text' }]);
    expect(diffWords('Gammal text', '')).toEqual([{ kind: 'removed', text: 'Gammal text' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(changed(diffWords('a  b\nc', 'a b c'))).toBe(false);
    expect(changed(diffWords('a b', 'a c'))).toBe(true);
  });
});
