import type { FocusArea } from '@samverkan/strategy/api';
import type { AgendaItem, Room } from './agenda.entity';
import { freezeProgramme, publicSpeakers, toProgrammeItem } from './programme-snapshot';

const draft = (fields: Partial<AgendaItem> = {}) =>
  ({
    id: 'i1',
    conferenceId: 'c1',
    titleSv: 'Öppning',
    titleEn: null,
    descriptionSv: null,
    descriptionEn: null,
    type: 'keynote',
    startsAt: new Date('2031-04-14T07:00:00Z'),
    endsAt: new Date('2031-04-14T08:00:00Z'),
    roomId: 'r1',
    room: { name: 'Stora salen' },
    themeId: null,
    sourceProposalId: null,
    focusAreas: [{ code: 'skills', position: 1 } as FocusArea],
    signupRequired: false,
    signupCapacity: null,
    signupCount: 4,
    version: 2,
    ...fields,
  }) as AgendaItem;

const firstPublished = new Date('2031-02-01T10:00:00Z');
const published = new Date('2031-03-01T10:00:00Z');

describe('toProgrammeItem', () => {
  it('freezes a new item at sequence 0, changed when published, times in Stockholm time', () => {
    expect(toProgrammeItem(draft(), [], undefined, published, undefined)).toEqual({
      id: 'i1',
      titleSv: 'Öppning',
      titleEn: null,
      descriptionSv: null,
      descriptionEn: null,
      type: 'keynote',
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-04-14T10:00:00+02:00',
      roomId: 'r1',
      roomName: 'Stora salen',
      themeId: null,
      speakers: [],
      focusAreaCodes: ['skills'],
      signupRequired: false,
      signupCapacity: null,
      sequence: 0,
      lastModifiedAt: '2031-03-01T11:00:00+01:00',
    });
  });

  it('keeps the sequence and time of last change of an unchanged item', () => {
    const before = toProgrammeItem(draft(), [], undefined, firstPublished, undefined);
    const again = toProgrammeItem(draft(), [], { ...before, sequence: 4 }, published, firstPublished);
    expect(again).toMatchObject({ sequence: 4, lastModifiedAt: '2031-02-01T11:00:00+01:00' });
  });

  it('takes the previous version’s time for an unchanged item frozen without a time of last change', () => {
    const { lastModifiedAt: _dropped, ...before } = toProgrammeItem(draft(), [], undefined, firstPublished, undefined);
    void _dropped;
    expect(toProgrammeItem(draft(), [], before, published, firstPublished).lastModifiedAt).toBe('2031-02-01T11:00:00+01:00');
  });

  it('raises the sequence of an item that moved or changed, changed now', () => {
    const before = { ...toProgrammeItem(draft(), [], undefined, firstPublished, undefined), sequence: 2 };
    for (const fields of [{ roomId: 'r2' }, { titleSv: 'Välkommen' }, { startsAt: new Date('2031-04-14T06:00:00Z') }]) {
      expect(toProgrammeItem(draft(fields), [], before, published, firstPublished)).toMatchObject({
        sequence: 3,
        lastModifiedAt: '2031-03-01T11:00:00+01:00',
      });
    }
  });
});

describe('publicSpeakers', () => {
  it('keeps those who confirmed or were never invited, with their public fields only', () => {
    const speakers = (['confirmed', 'not-invited', 'invited', 'declined'] as const).map((invitation, i) => ({
      id: `s${i}`,
      name: `Talare ${i}`,
      title: null,
      organisation: 'Kommunen',
      invitation,
    }));
    expect(publicSpeakers(speakers)).toEqual([
      { id: 's0', name: 'Talare 0', title: null, organisation: 'Kommunen' },
      { id: 's1', name: 'Talare 1', title: null, organisation: 'Kommunen' },
    ]);
    const frozen = toProgrammeItem(draft(), speakers, undefined, published, undefined);
    expect(frozen.speakers.map((s) => s.id)).toEqual(['s0', 's1']);
  });
});

describe('freezeProgramme', () => {
  it('keeps the rooms and the scheduled items, leaving unscheduled ones out', () => {
    const room = { id: 'r1', name: 'Stora salen', capacity: 100, accessibilityNotes: null, position: 0 } as Room;
    const snapshot = freezeProgramme('c1', [room], [draft(), draft({ id: 'i2', startsAt: null, endsAt: null })], new Map(), null, published);
    expect(snapshot.conferenceId).toBe('c1');
    expect(snapshot.rooms).toEqual([{ id: 'r1', name: 'Stora salen', capacity: 100, accessibilityNotes: null, position: 0 }]);
    expect(snapshot.items.map((i) => i.id)).toEqual(['i1']);
  });

  it('carries sequences on from the previous version', () => {
    const previous = { snapshot: freezeProgramme('c1', [], [draft()], new Map(), null, firstPublished), publishedAt: firstPublished };
    const next = freezeProgramme('c1', [], [draft({ titleSv: 'Ny' }), draft({ id: 'i3' })], new Map(), previous, published);
    expect(next.items.map((i) => [i.id, i.sequence])).toEqual([
      ['i1', 1],
      ['i3', 0],
    ]);
  });
});
