import { findConflicts, type ConflictItem } from './conflicts';

const at = (iso: string) => new Date(iso);
const item = (id: string, start: string | null, end: string | null, extra: Partial<ConflictItem> = {}): ConflictItem => ({
  id,
  titleSv: id,
  startsAt: start ? at(start) : null,
  endsAt: end ? at(end) : null,
  roomId: 'r1',
  speakers: [],
  signupRequired: false,
  signupCapacity: null,
  ...extra,
});
const rooms = [
  { id: 'r1', name: 'Stora salen', capacity: 300 },
  { id: 'r2', name: 'Lilla salen', capacity: 20 },
];
const conference = { startsAt: at('2031-04-14T07:00:00Z'), endsAt: at('2031-04-15T14:00:00Z') };

describe('findConflicts', () => {
  it('finds a double-booked room but not back-to-back items', () => {
    const conflicts = findConflicts(
      [
        item('a', '2031-04-14T08:00:00Z', '2031-04-14T09:00:00Z'),
        item('b', '2031-04-14T08:30:00Z', '2031-04-14T09:30:00Z'),
        item('c', '2031-04-14T09:30:00Z', '2031-04-14T10:00:00Z'),
      ],
      rooms,
      conference,
    );
    expect(conflicts.map((c) => [c.kind, c.itemIds])).toEqual([['room-double-booked', ['a', 'b']]]);
    expect(conflicts[0].message).toContain('Stora salen');
  });

  it('finds a person (one register entry) in two rooms at once, however the name reads', () => {
    const conflicts = findConflicts(
      [
        item('a', '2031-04-14T08:00:00Z', '2031-04-14T09:00:00Z', { speakers: [{ id: 's1', name: 'Anna Berg' }] }),
        item('b', '2031-04-14T08:45:00Z', '2031-04-14T09:30:00Z', { roomId: 'r2', speakers: [{ id: 's1', name: 'Anna Berg' }] }),
      ],
      rooms,
      conference,
    );
    expect(conflicts.map((c) => [c.kind, c.itemIds])).toEqual([['speaker-double-booked', ['a', 'b']]]);
    expect(conflicts[0].message).toContain('Anna Berg');
  });

  it('does not take two people of the same name for one', () => {
    const conflicts = findConflicts(
      [
        item('a', '2031-04-14T08:00:00Z', '2031-04-14T09:00:00Z', { speakers: [{ id: 's1', name: 'Anna Berg' }] }),
        item('b', '2031-04-14T08:45:00Z', '2031-04-14T09:30:00Z', { roomId: 'r2', speakers: [{ id: 's2', name: 'Anna Berg' }] }),
      ],
      rooms,
      conference,
    );
    expect(conflicts).toEqual([]);
  });

  it('finds items outside the conference days in Stockholm time, and sign-ups above the room', () => {
    const conflicts = findConflicts(
      [
        item('late', '2031-04-15T20:00:00Z', '2031-04-15T21:30:00Z'),
        item('ok-evening', '2031-04-15T19:00:00Z', '2031-04-15T21:00:00Z', { roomId: 'r2' }),
        item('big', '2031-04-14T12:00:00Z', '2031-04-14T13:00:00Z', { roomId: 'r2', signupRequired: true, signupCapacity: 40 }),
        item('unscheduled', null, null),
      ],
      rooms,
      conference,
    );
    // 20:00Z on the 15th is 22:00 in Stockholm (still the 15th); 23:30 would be too: only 'late' ends on the 15th too.
    expect(conflicts.map((c) => [c.kind, c.itemIds[0]])).toEqual([['signup-above-room', 'big']]);
    const nextDay = findConflicts([item('next', '2031-04-15T22:30:00Z', '2031-04-15T23:00:00Z')], rooms, conference);
    expect(nextDay.map((c) => c.kind)).toEqual(['outside-conference']);
  });

  it('warns when people signed up for two sessions that now overlap', () => {
    const items = [
      item('w1', '2031-04-14T08:00:00Z', '2031-04-14T09:00:00Z', { roomId: 'r1' }),
      item('w2', '2031-04-14T08:30:00Z', '2031-04-14T09:30:00Z', { roomId: 'r2' }),
    ];
    expect(findConflicts(items, rooms, conference, [['w1', 'w2']]).map((c) => c.kind)).toEqual(['signup-overlap']);
    expect(findConflicts(items, rooms, conference, []).map((c) => c.kind)).toEqual([]);
  });
});
