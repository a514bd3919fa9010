import { anAgendaItem } from '../../testing/fixtures';
import { conferenceDays, dayWindow, dropRow, keyboardMove, moveToCell, placeItem, rowOf, rowSpan, slotCount } from './grid';

const rooms = [{ id: 'r-1' }, { id: 'r-2' }, { id: 'r-3' }];
const window = { start: 8 * 60, end: 18 * 60 };

describe('grid placement', () => {
  it('puts a time in its 15-minute row, counted from the first row of the day (Stockholm time)', () => {
    expect(rowOf('2027-04-14T08:00:00+02:00', window)).toBe(0);
    expect(rowOf('2027-04-14T09:30:00+02:00', window)).toBe(6);
    // 07:40 UTC is 09:40 in Stockholm (summer time): inside the 09:30 row.
    expect(rowOf('2027-04-14T07:40:00Z', window)).toBe(6);
    // Winter: UTC+1.
    expect(rowOf('2027-01-14T09:15:00Z', window)).toBe(9);
  });

  it('spans an item over its slots, a partial slot counting as a whole one and at least one row', () => {
    expect(rowSpan('2027-04-14T09:00:00+02:00', '2027-04-14T10:00:00+02:00')).toBe(4);
    expect(rowSpan('2027-04-14T09:00:00+02:00', '2027-04-14T09:50:00+02:00')).toBe(4);
    expect(rowSpan('2027-04-14T09:00:00+02:00', '2027-04-14T09:05:00+02:00')).toBe(1);
    expect(rowSpan('2027-04-14T09:00:00+02:00', '2027-04-14T09:00:00+02:00')).toBe(1);
  });

  it('places a scheduled item in its room column and row, and leaves unscheduled or roomless ones out', () => {
    const item = anAgendaItem({ startsAt: '2027-04-14T10:15:00+02:00', endsAt: '2027-04-14T11:45:00+02:00', roomId: 'r-2' });
    expect(placeItem(item, rooms, window)).toEqual({ row: 9, span: 6, column: 1 });
    expect(placeItem({ ...item, startsAt: null, endsAt: null }, rooms, window)).toBeNull();
    expect(placeItem({ ...item, roomId: null }, rooms, window)).toBeNull();
    expect(placeItem({ ...item, roomId: 'gone' }, rooms, window)).toBeNull();
  });

  it('clips an item that runs past the end of the day window to the last row', () => {
    const item = anAgendaItem({ startsAt: '2027-04-14T17:30:00+02:00', endsAt: '2027-04-14T19:00:00+02:00' });
    expect(placeItem(item, rooms, { start: 480, end: 1080 })).toEqual({ row: 38, span: 2, column: 0 });
  });

  it('shows 08–18 by default and widens the window to whole hours around earlier and later items', () => {
    expect(dayWindow([])).toEqual({ start: 480, end: 1080 });
    expect(slotCount(dayWindow([]))).toBe(40);
    expect(
      dayWindow([
        { startsAt: '2027-04-14T07:30:00+02:00', endsAt: '2027-04-14T08:30:00+02:00' },
        { startsAt: '2027-04-14T19:00:00+02:00', endsAt: '2027-04-14T21:10:00+02:00' },
        { startsAt: null, endsAt: null },
      ]),
    ).toEqual({ start: 420, end: 1320 });
  });

  it('lists every day of the conference in Stockholm, across a DST change', () => {
    expect(conferenceDays('2027-04-14T09:00:00+02:00', '2027-04-15T16:00:00+02:00')).toEqual(['2027-04-14', '2027-04-15']);
    expect(conferenceDays('2027-03-27T09:00:00+01:00', '2027-03-29T16:00:00+02:00')).toEqual(['2027-03-27', '2027-03-28', '2027-03-29']);
  });
});

describe('moving items', () => {
  it('drops an item on a cell keeping its length, with the version it was based on', () => {
    const item = anAgendaItem({ startsAt: '2027-04-14T09:00:00+02:00', endsAt: '2027-04-14T10:30:00+02:00', version: 7 });
    expect(moveToCell(item, '2027-04-15', 8, 'r-3', window)).toEqual({
      startsAt: '2027-04-15T10:00:00+02:00',
      endsAt: '2027-04-15T11:30:00+02:00',
      roomId: 'r-3',
      version: 7,
    });
  });

  it('gives an unscheduled item an hour when it is dropped on the grid', () => {
    const item = anAgendaItem({ startsAt: null, endsAt: null, roomId: null, version: 1 });
    expect(moveToCell(item, '2027-04-14', 0, 'r-1', window)).toEqual({
      startsAt: '2027-04-14T08:00:00+02:00',
      endsAt: '2027-04-14T09:00:00+02:00',
      roomId: 'r-1',
      version: 1,
    });
  });

  it('moves 15 minutes earlier or later, keeping the room and sending the version', () => {
    const item = anAgendaItem({ version: 4 });
    expect(keyboardMove(item, 'earlier', rooms)).toEqual({
      startsAt: '2027-04-14T08:45:00+02:00',
      endsAt: '2027-04-14T09:45:00+02:00',
      version: 4,
    });
    expect(keyboardMove(item, 'later', rooms)).toEqual({
      startsAt: '2027-04-14T09:15:00+02:00',
      endsAt: '2027-04-14T10:15:00+02:00',
      version: 4,
    });
  });

  it('moves to the previous or next room in room order, and not past the first or last', () => {
    const item = anAgendaItem({ roomId: 'r-2', version: 2 });
    expect(keyboardMove(item, 'previousRoom', rooms)).toEqual({ roomId: 'r-1', version: 2 });
    expect(keyboardMove(item, 'nextRoom', rooms)).toEqual({ roomId: 'r-3', version: 2 });
    expect(keyboardMove({ ...item, roomId: 'r-1' }, 'previousRoom', rooms)).toBeNull();
    expect(keyboardMove({ ...item, roomId: 'r-3' }, 'nextRoom', rooms)).toBeNull();
  });

  it('cannot move an unscheduled item by keyboard steps (it is scheduled through its dialog)', () => {
    expect(keyboardMove(anAgendaItem({ startsAt: null, endsAt: null }), 'later', rooms)).toBeNull();
  });
});

describe('dropRow', () => {
  it("puts a dragged item's top on the row, wherever it was grabbed", () => {
    // The item's top was at 300 px; the pointer moved 190 px down; the column starts at 250 px: 240 px = row 12.
    expect(dropRow({ originTop: 300, distanceY: 190, pointerY: 9999 }, 250, 40, 20)).toBe(12);
    // Rounded to the nearest row.
    expect(dropRow({ originTop: 300, distanceY: 199, pointerY: 0 }, 250, 40, 20)).toBe(12);
    expect(dropRow({ originTop: 300, distanceY: 201, pointerY: 0 }, 250, 40, 20)).toBe(13);
  });

  it('puts a candidate where the pointer is', () => {
    expect(dropRow({ originTop: null, distanceY: 500, pointerY: 410 }, 250, 40, 20)).toBe(8);
  });

  it('stays inside the day', () => {
    expect(dropRow({ originTop: 100, distanceY: 0, pointerY: 0 }, 250, 40, 20)).toBe(0);
    expect(dropRow({ originTop: 300, distanceY: 5000, pointerY: 0 }, 250, 40, 20)).toBe(39);
  });
});
