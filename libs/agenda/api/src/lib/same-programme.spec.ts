import type { ProgrammeItem, RoomResponse } from '@samverkan/agenda/contract';
import { sameProgramme } from './same-programme';

const room: RoomResponse = { id: 'r1', name: 'Stora salen', capacity: 200, accessibilityNotes: null, position: 0 };
const item: ProgrammeItem = {
  id: 'i1',
  titleSv: 'Öppning',
  titleEn: null,
  descriptionSv: null,
  descriptionEn: null,
  type: 'keynote',
  startsAt: '2031-03-29T09:00:00+01:00',
  endsAt: '2031-03-29T10:00:00+01:00',
  roomId: 'r1',
  roomName: 'Stora salen',
  themeId: null,
  speakers: [{ id: 's1', name: 'Åsa Öberg', title: null, organisation: null }],
  focusAreaCodes: ['skills'],
  signupRequired: false,
  signupCapacity: null,
  sequence: 3,
  lastModifiedAt: '2031-01-01T10:00:00+01:00',
};

describe('sameProgramme', () => {
  it('is true for the same rooms and items, whatever the key order or undefined fields', () => {
    const reordered = Object.fromEntries(Object.entries(item).reverse()) as unknown as ProgrammeItem;
    const withUndefined = { ...item, notFrozen: undefined } as ProgrammeItem;
    expect(sameProgramme({ rooms: [room], items: [item] }, { rooms: [room], items: [reordered] })).toBe(true);
    expect(sameProgramme({ rooms: [room], items: [item] }, { rooms: [room], items: [withUndefined] })).toBe(true);
    expect(sameProgramme({ rooms: [], items: [] }, { rooms: [], items: [] })).toBe(true);
  });

  it('is false for any change: an item, its room name, a room alone, an added or removed item', () => {
    const base = { rooms: [room], items: [item] };
    expect(sameProgramme(base, { rooms: [room], items: [{ ...item, titleSv: 'Välkommen' }] })).toBe(false);
    expect(sameProgramme(base, { rooms: [room], items: [{ ...item, roomName: 'Aulan' }] })).toBe(false);
    expect(sameProgramme(base, { rooms: [{ ...room, capacity: 150 }], items: [item] })).toBe(false);
    expect(sameProgramme(base, { rooms: [room], items: [item, { ...item, id: 'i2' }] })).toBe(false);
    expect(sameProgramme(base, { rooms: [room], items: [] })).toBe(false);
  });
});
