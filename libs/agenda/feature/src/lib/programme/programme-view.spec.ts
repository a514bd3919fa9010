import { aProgrammeItem } from '../../testing/fixtures';
import { NO_FILTER, filterOptions, filterProgramme, groupByDay, itemCalendarUrl, itemTitle, placesText } from './programme-view';

const items = [
  aProgrammeItem({ id: 'b', type: 'workshop', roomId: 'r-2', focusAreaCodes: ['skills'], startsAt: '2027-04-14T13:00:00+02:00' }),
  aProgrammeItem({
    id: 'a',
    type: 'seminar',
    roomId: 'r-1',
    focusAreaCodes: ['infrastructure', 'skills'],
    startsAt: '2027-04-14T09:00:00+02:00',
  }),
  aProgrammeItem({ id: 'c', type: 'seminar', roomId: 'r-2', focusAreaCodes: [], startsAt: '2027-04-15T09:00:00+02:00' }),
  // 23:30 UTC on the 14th is already the 15th in Stockholm.
  aProgrammeItem({ id: 'd', type: 'networking', roomId: null, focusAreaCodes: [], startsAt: '2027-04-14T23:30:00Z' }),
];
const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('programme filters', () => {
  it('shows everything, in time order, without a filter', () => {
    expect(ids(filterProgramme(items, NO_FILTER))).toEqual(['a', 'b', 'd', 'c']);
  });

  it('filters by focus area, type and room, and combines them', () => {
    expect(ids(filterProgramme(items, { ...NO_FILTER, focusArea: 'skills' }))).toEqual(['a', 'b']);
    expect(ids(filterProgramme(items, { ...NO_FILTER, type: 'seminar' }))).toEqual(['a', 'c']);
    expect(ids(filterProgramme(items, { ...NO_FILTER, roomId: 'r-2' }))).toEqual(['b', 'c']);
    expect(ids(filterProgramme(items, { focusArea: 'skills', type: 'seminar', roomId: 'r-1' }))).toEqual(['a']);
    expect(ids(filterProgramme(items, { focusArea: 'skills', type: 'seminar', roomId: 'r-2' }))).toEqual([]);
  });

  it('does not change the list it was given', () => {
    filterProgramme(items, NO_FILTER);
    expect(ids(items)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('groups by Stockholm day', () => {
    expect(groupByDay(items).map((day) => [day.day, ids(day.items)])).toEqual([
      ['2027-04-14', ['a', 'b']],
      ['2027-04-15', ['d', 'c']],
    ]);
  });

  it('offers only the types and focus areas that occur', () => {
    expect(filterOptions(items)).toEqual({ types: ['networking', 'seminar', 'workshop'], focusAreas: ['infrastructure', 'skills'] });
  });

  it('uses the English title when there is one', () => {
    expect(itemTitle(aProgrammeItem(), 'en')).toBe('The power grid as a bottleneck');
    expect(itemTitle(aProgrammeItem({ titleEn: null }), 'en')).toBe('Elnätet som flaskhals');
    expect(itemTitle(aProgrammeItem(), 'sv')).toBe('Elnätet som flaskhals');
  });
});

describe('placesText', () => {
  it('says how many places are left, the last one, or full; nothing without a count', () => {
    expect(placesText({ taken: 5, capacity: 20 })).toEqual({ key: 'programme.placesLeft', params: { left: 15 } });
    expect(placesText({ taken: 19, capacity: 20 })).toEqual({ key: 'programme.placeLeft' });
    expect(placesText({ taken: 20, capacity: 20 })).toEqual({ key: 'programme.full' });
    expect(placesText({ taken: 21, capacity: 20 })).toEqual({ key: 'programme.full' });
    expect(placesText(undefined)).toBeNull();
  });
});

describe('itemCalendarUrl', () => {
  it("is the item's feed, with English texts in English", () => {
    expect(itemCalendarUrl('i-1', 'sv')).toBe('/api/agenda-items/i-1/calendar.ics');
    expect(itemCalendarUrl('i-1', 'en')).toBe('/api/agenda-items/i-1/calendar.ics?lang=en');
  });
});
