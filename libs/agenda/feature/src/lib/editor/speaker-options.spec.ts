import type { SpeakerResponse } from '@samverkan/agenda/contract';
import { pickerOptions } from './speaker-options';

const speaker = (id: string, name: string): SpeakerResponse => ({
  id,
  name,
  email: null,
  organisation: null,
  title: null,
  bioSv: null,
  bioEn: null,
  itemCount: 0,
  createdAt: '2031-01-01T10:00:00+01:00',
  updatedAt: '2031-01-01T10:00:00+01:00',
});

describe('pickerOptions', () => {
  it('lists the matches not yet chosen, and offers to add the text when nobody has that name', () => {
    const found = [speaker('a', 'Anna Berg'), speaker('b', 'Anna Bergström')];
    expect(pickerOptions('anna', found, [{ id: 'b', name: 'Anna Bergström', title: null, organisation: null }])).toEqual([
      { kind: 'speaker', key: 'a', speaker: found[0] },
      { kind: 'create', key: 'new:anna', name: 'anna' },
    ]);
  });

  it('does not offer a new entry for a name the register has (case and spaces aside), nor for one letter', () => {
    expect(pickerOptions(' anna  berg ', [speaker('a', 'Anna Berg')], []).map((o) => o.kind)).toEqual(['speaker']);
    expect(pickerOptions('a', [], [])).toEqual([]);
    expect(pickerOptions('  Ny   Person ', [], [])).toEqual([{ kind: 'create', key: 'new:Ny Person', name: 'Ny Person' }]);
  });
});
