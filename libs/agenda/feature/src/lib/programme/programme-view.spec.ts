import { aProgrammeItem } from '../../testing/fixtures';
import { NO_FILTER, filterOptions, filterProgramme, groupByDay, itemCalendarUrl, itemTitle, placesText, speakerBios, speakerLine } from './programme-view';

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

describe('speakerLine and speakerBios', () => {
  const anna = { id: 's1', name: 'Anna Berg', title: 'Kommunchef', organisation: 'Finspångs kommun', bioSv: 'Anna leder kommunen.', bioEn: null };
  const ola = { id: 's2', name: 'Ola Ek', title: null, organisation: null, bioSv: 'Ola bygger nät.', bioEn: 'Ola builds grids.' };
  const eva = { id: 's3', name: 'Eva Lund', title: null, organisation: 'Region', bioSv: null, bioEn: null };

  it('writes a speaker as name, title and organisation, leaving out what is not given', () => {
    expect(speakerLine(anna)).toBe('Anna Berg, Kommunchef, Finspångs kommun');
    expect(speakerLine(eva)).toBe('Eva Lund, Region');
  });

  it('takes the biography in the page language, falls back to Swedish (marked as Swedish), and leaves out speakers without one', () => {
    expect(speakerBios([anna, ola, eva], 'en')).toEqual([
      { id: 's1', line: 'Anna Berg, Kommunchef, Finspångs kommun', bio: 'Anna leder kommunen.', bioLang: 'sv' },
      { id: 's2', line: 'Ola Ek', bio: 'Ola builds grids.', bioLang: null },
    ]);
    expect(speakerBios([anna, ola, eva], 'sv').map((b) => [b.bio, b.bioLang])).toEqual([
      ['Anna leder kommunen.', null],
      ['Ola bygger nät.', null],
    ]);
  });
});
