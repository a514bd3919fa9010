import { aConference } from '../testing/fixtures';
import {
  canRegister,
  conferenceCalendarUrl,
  conferenceDates,
  conferencePlace,
  localizedDescription,
  localizedTitle,
  registrationState,
  registrationStateText,
} from './conference-view';

const now = new Date('2027-03-01T12:00:00+01:00');

describe('registrationState', () => {
  it('is open with the seats left while the API says registration is open and seats remain', () => {
    const state = registrationState(aConference({ seatsLeft: 3 }), now);
    expect(state).toEqual({ kind: 'open', seatsLeft: 3 });
    expect(canRegister(state)).toBe(true);
  });

  it('is full (waitlist) when registration is open but no seat is left, and one can still register', () => {
    const state = registrationState(aConference({ seatsLeft: 0, confirmedCount: 150 }), now);
    expect(state).toEqual({ kind: 'full' });
    expect(canRegister(state)).toBe(true);
  });

  it('says when registration opens if it has not opened yet', () => {
    const conference = aConference({ registrationOpen: false, registrationOpensAt: '2027-03-10T09:00:00+01:00' });
    expect(registrationState(conference, now)).toEqual({ kind: 'notYetOpen', opensAt: '2027-03-10T09:00:00+01:00' });
  });

  it('is closed when the API says closed and the opening time has passed (or there is none)', () => {
    expect(registrationState(aConference({ registrationOpen: false }), now)).toEqual({ kind: 'closed' });
    const opened = aConference({ registrationOpen: false, registrationOpensAt: '2027-01-01T09:00:00+01:00' });
    expect(canRegister(registrationState(opened, now))).toBe(false);
  });

  it('puts cancelled, draft and ended before anything the seat count says', () => {
    expect(registrationState(aConference({ status: 'cancelled' }), now)).toEqual({ kind: 'cancelled' });
    expect(registrationState(aConference({ status: 'draft' }), now)).toEqual({ kind: 'draft' });
    expect(registrationState(aConference({ status: 'archived' }), now)).toEqual({ kind: 'ended' });
    const after = new Date('2027-04-15T16:00:00+02:00');
    expect(registrationState(aConference(), after)).toEqual({ kind: 'ended' });
  });
});

describe('registrationStateText', () => {
  it('gives the key and parameters for each state', () => {
    const conference = aConference();
    expect(registrationStateText({ kind: 'open', seatsLeft: 5 }, conference, 'sv')).toEqual({
      key: 'conferences.seatsLeft',
      params: { left: 5, capacity: 150 },
    });
    expect(registrationStateText({ kind: 'full' }, conference, 'sv')).toEqual({ key: 'conferences.full' });
    expect(registrationStateText({ kind: 'notYetOpen', opensAt: '2027-03-10T09:00:00+01:00' }, conference, 'sv')).toEqual({
      key: 'conferences.opensAt',
      params: { date: 'onsdag 10 mars 2027 09:00' },
    });
    expect(registrationStateText({ kind: 'cancelled' }, conference, 'en')).toEqual({ key: 'conferences.cancelled' });
  });
});

describe('texts of a conference', () => {
  it('uses the English title and description when there is one, the Swedish otherwise', () => {
    const conference = aConference();
    expect(localizedTitle(conference, 'en')).toBe("Industrial municipalities' spring conference");
    expect(localizedTitle({ ...conference, titleEn: null }, 'en')).toBe('Industrikommunernas vårkonferens');
    expect(localizedTitle(conference, 'sv')).toBe('Industrikommunernas vårkonferens');
    expect(localizedDescription({ descriptionSv: 'Sv', descriptionEn: null }, 'en')).toBe('Sv');
  });

  it('shows the dates in Stockholm time in the UI language', () => {
    expect(conferenceDates(aConference(), 'sv')).toBe('onsdag 14 april 2027 09:00 – torsdag 15 april 2027 16:00');
    expect(conferenceDates(aConference(), 'en')).toBe('Wednesday, 14 April 2027 09:00 – Thursday, 15 April 2027 16:00');
  });

  it('joins venue and address, and is null when neither is known', () => {
    expect(conferencePlace(aConference())).toBe('Arena Finspång, Bergslagsvägen 1, Finspång');
    expect(conferencePlace({ venue: '  ', address: null })).toBeNull();
  });
});

describe('conferenceCalendarUrl', () => {
  it("is the conference's feed, with English texts in English", () => {
    expect(conferenceCalendarUrl('c-1', 'sv')).toBe('/api/conferences/c-1/calendar.ics');
    expect(conferenceCalendarUrl('c-1', 'en')).toBe('/api/conferences/c-1/calendar.ics?lang=en');
  });
});
