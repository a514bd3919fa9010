import type { ProgrammeItem } from '@samverkan/agenda/contract';
import type { EventContext, FeedConference, RemovedItem } from '@samverkan/agenda/api';
import { registrationEvents, registrationStatus, withdrawnAndRemoved, type RegistrationFeedRow } from './registration-feed';

const item = (id: string): ProgrammeItem => ({
  id,
  titleSv: `Punkt ${id}`,
  titleEn: null,
  descriptionSv: null,
  descriptionEn: null,
  type: 'workshop',
  startsAt: '2031-04-14T09:00:00+02:00',
  endsAt: '2031-04-14T10:00:00+02:00',
  roomId: null,
  roomName: null,
  themeId: null,
  speakers: [],
  focusAreaCodes: [],
  signupRequired: true,
  signupCapacity: 20,
  sequence: 1,
  lastModifiedAt: '2031-03-01T11:00:00+01:00',
});

const conference: FeedConference = {
  id: 'c1',
  slug: null,
  status: 'published',
  title_sv: 'Vårkonferensen',
  title_en: null,
  description_sv: null,
  description_en: null,
  venue: null,
  address: null,
  starts_at: new Date('2031-04-14T07:00:00Z'),
  ends_at: new Date('2031-04-15T14:00:00Z'),
  created_at: new Date('2031-01-01T00:00:00Z'),
  updated_at: new Date('2031-02-01T00:00:00Z'),
  published_at: new Date('2031-03-01T10:00:00Z'),
  items: [item('a'), item('b'), item('c')],
};

const context: EventContext = { publicUrl: 'https://samverkan.example', language: 'sv', areas: {} };

const row = (fields: Partial<RegistrationFeedRow> = {}): RegistrationFeedRow => ({
  conference_id: 'c1',
  registration_status: 'confirmed',
  language: 'sv',
  registration_updated_at: new Date('2031-03-10T10:00:00Z'),
  chosen: ['a'],
  withdrawn: [],
  ...fields,
});

describe('registrationStatus', () => {
  it('is cancelled with the registration or the conference, tentative on the waiting list, else confirmed', () => {
    expect(registrationStatus('confirmed', 'published')).toBe('confirmed');
    expect(registrationStatus('waitlisted', 'published')).toBe('tentative');
    expect(registrationStatus('cancelled', 'published')).toBe('cancelled');
    expect(registrationStatus('waitlisted', 'cancelled')).toBe('cancelled');
  });
});

describe('registrationEvents', () => {
  it('holds the conference and the chosen items only', () => {
    const events = registrationEvents(row(), conference, [], context);
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['conference-c1@samverkan', 'confirmed'],
      ['agenda-item-a@samverkan', 'confirmed'],
    ]);
  });

  it('keeps an item given up as CANCELLED from when it was given up, unless chosen again', () => {
    const events = registrationEvents(
      row({
        chosen: ['a'],
        withdrawn: [
          { id: 'b', at: '2031-03-12T10:00:00Z' },
          { id: 'a', at: '2031-03-11T10:00:00Z' },
        ],
      }),
      conference,
      [],
      context,
    );
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['conference-c1@samverkan', 'confirmed'],
      ['agenda-item-a@samverkan', 'confirmed'],
      ['agenda-item-b@samverkan', 'cancelled'],
    ]);
    expect(events[2]).toMatchObject({ lastModified: new Date('2031-03-12T10:00:00Z'), sequence: 2 });
  });

  it('keeps a given-up item since removed from the programme as it was last published, and no other removed item', () => {
    const removed: RemovedItem[] = [
      { conference_id: 'c1', removed_at: new Date('2031-03-20T10:00:00Z'), item: item('gone') },
      { conference_id: 'c1', removed_at: new Date('2031-03-20T10:00:00Z'), item: item('other') },
    ];
    const r = row({ chosen: [], withdrawn: [{ id: 'gone', at: '2031-03-20T10:00:00Z' }] });
    expect([...withdrawnAndRemoved(r, conference)]).toEqual(['gone']);
    const events = registrationEvents(r, conference, removed, context);
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['conference-c1@samverkan', 'confirmed'],
      ['agenda-item-gone@samverkan', 'cancelled'],
    ]);
  });

  it('marks the conference tentative on the waiting list, and changed when the registration changed', () => {
    const [event] = registrationEvents(row({ registration_status: 'waitlisted' }), conference, [], context);
    expect(event).toMatchObject({ status: 'tentative', lastModified: new Date('2031-03-10T10:00:00Z') });
  });

  it('cancels every chosen item with a cancelled conference', () => {
    const events = registrationEvents(row(), { ...conference, status: 'cancelled' }, [], context);
    expect(events.map((e) => e.status)).toEqual(['cancelled', 'cancelled']);
  });
});
