import type { ProgrammeItem, ProgrammeResponse } from '@samverkan/agenda/contract';
import type { MySessionResponse } from '@samverkan/registrations/contract';
import { myProgramme, signupSessions } from './sessions-view';

function anItem(overrides: Partial<ProgrammeItem> = {}): ProgrammeItem {
  return {
    id: 'i-1',
    titleSv: 'Workshop om kompetensförsörjning',
    titleEn: 'Workshop on skills supply',
    descriptionSv: null,
    descriptionEn: null,
    type: 'workshop',
    startsAt: '2027-04-14T13:00:00+02:00',
    endsAt: '2027-04-14T14:30:00+02:00',
    roomId: 'room-1',
    roomName: 'Sal A',
    themeId: null,
    speakers: [],
    focusAreaCodes: [],
    signupRequired: true,
    signupCapacity: 20,
    sequence: 0,
    ...overrides,
  };
}

function aProgramme(items: ProgrammeItem[]): ProgrammeResponse {
  return { conferenceId: 'c-1', version: 1, publishedAt: '2027-03-01T10:00:00+01:00', rooms: [], items };
}

function aChoice(overrides: Partial<MySessionResponse> = {}): MySessionResponse {
  return {
    agendaItemId: 'i-1',
    titleSv: 'Workshop om kompetensförsörjning',
    titleEn: null,
    startsAt: '2027-04-14T13:00:00+02:00',
    endsAt: '2027-04-14T14:30:00+02:00',
    roomName: 'Sal A',
    signupCapacity: 20,
    signupCount: 5,
    ...overrides,
  };
}

describe('signupSessions', () => {
  it('offers only items that need sign-up and have a capacity, in time order', () => {
    const programme = aProgramme([
      anItem({ id: 'late', startsAt: '2027-04-15T09:00:00+02:00', endsAt: '2027-04-15T10:00:00+02:00' }),
      anItem({ id: 'keynote', type: 'keynote', signupRequired: false, signupCapacity: null }),
      anItem({ id: 'no-capacity', signupCapacity: null }),
      anItem({ id: 'early', startsAt: '2027-04-14T10:00:00+02:00', endsAt: '2027-04-14T11:00:00+02:00' }),
    ]);
    expect(signupSessions(programme, [], 'sv').map((s) => s.id)).toEqual(['early', 'late']);
  });

  it('marks the chosen ones with the places left, and writes the time in Stockholm', () => {
    const sessions = signupSessions(
      aProgramme([anItem(), anItem({ id: 'i-2' })]),
      [aChoice({ signupCount: 18, signupCapacity: 20 })],
      'sv',
    );
    expect(sessions[0]).toMatchObject({ id: 'i-1', chosen: true, placesLeft: 2, capacity: 20, when: 'onsdag 14 april 2027, 13:00–14:30' });
    expect(sessions[1]).toMatchObject({ id: 'i-2', chosen: false, placesLeft: null });
  });

  it('uses the English title in English when there is one', () => {
    expect(signupSessions(aProgramme([anItem()]), [], 'en')[0].title).toBe('Workshop on skills supply');
    expect(signupSessions(aProgramme([anItem({ titleEn: null })]), [], 'en')[0].title).toBe('Workshop om kompetensförsörjning');
  });

  it('takes the places left of every session, and the capacity, from the live counts when they came', () => {
    const sessions = signupSessions(
      aProgramme([anItem(), anItem({ id: 'i-2' }), anItem({ id: 'i-3' })]),
      [aChoice({ signupCount: 5 })],
      'sv',
      { 'i-1': { taken: 8, capacity: 20 }, 'i-2': { taken: 25, capacity: 24 } },
    );
    expect(sessions.map(({ id, placesLeft, capacity }) => ({ id, placesLeft, capacity }))).toEqual([
      { id: 'i-1', placesLeft: 12, capacity: 20 },
      { id: 'i-2', placesLeft: 0, capacity: 24 },
      { id: 'i-3', placesLeft: null, capacity: 20 },
    ]);
  });

  it('offers nothing while no programme is published', () => {
    expect(signupSessions(null, [aChoice()], 'sv')).toEqual([]);
  });
});

describe('myProgramme', () => {
  it('groups the chosen sessions by Stockholm day in time order, untimed ones last', () => {
    const days = myProgramme(
      [
        aChoice({ agendaItemId: 'untimed', startsAt: null, endsAt: null, roomName: null }),
        aChoice({ agendaItemId: 'day2', startsAt: '2027-04-15T09:00:00+02:00', endsAt: '2027-04-15T10:00:00+02:00' }),
        // 22:30 UTC on the 14th is half past midnight on the 15th in Stockholm.
        aChoice({ agendaItemId: 'night', startsAt: '2027-04-14T22:30:00Z', endsAt: '2027-04-14T23:30:00Z' }),
        aChoice({ agendaItemId: 'day1' }),
      ],
      'sv',
    );
    expect(days.map((d) => [d.day, d.heading, d.sessions.map((s) => s.id)])).toEqual([
      ['2027-04-14', 'onsdag 14 april 2027', ['day1']],
      ['2027-04-15', 'torsdag 15 april 2027', ['night', 'day2']],
      ['', null, ['untimed']],
    ]);
    expect(days[1].sessions[0].time).toBe('00:30–01:30');
    expect(days[2].sessions[0].time).toBeNull();
  });

  it('is empty without choices', () => {
    expect(myProgramme([], 'sv')).toEqual([]);
  });
});
