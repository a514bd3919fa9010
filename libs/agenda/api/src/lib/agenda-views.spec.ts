import type { AgendaConflict } from '@samverkan/agenda/contract';
import type { FocusArea } from '@samverkan/strategy/api';
import type { AgendaItem } from './agenda.entity';
import { auditedPlace, toItem } from './agenda-views';

const area = (code: string, position: number) => ({ code, position }) as FocusArea;

const item = {
  id: 'i1',
  conferenceId: 'c1',
  titleSv: 'Öppning',
  titleEn: 'Opening',
  descriptionSv: null,
  descriptionEn: null,
  type: 'keynote',
  startsAt: new Date('2031-04-14T07:00:00Z'),
  endsAt: new Date('2031-01-14T09:00:00Z'),
  roomId: 'r1',
  room: { name: 'Stora salen' },
  themeId: null,
  sourceProposalId: null,
  focusAreas: [area('skills', 2), area('cooperation', 0)],
  signupRequired: false,
  signupCapacity: null,
  signupCount: 0,
  version: 3,
} as unknown as AgendaItem;

describe('toItem', () => {
  it('writes times in Stockholm time with their offset (summer and winter)', () => {
    const view = toItem(item, [], []);
    expect(view.startsAt).toBe('2031-04-14T09:00:00+02:00');
    expect(view.endsAt).toBe('2031-01-14T10:00:00+01:00');
    expect(new Date(view.startsAt as string)).toEqual(item.startsAt);
  });

  it('leaves an unscheduled item without times', () => {
    expect(toItem({ ...item, startsAt: null, endsAt: null } as AgendaItem, [], [])).toMatchObject({ startsAt: null, endsAt: null });
  });

  it('lists its speakers, focus areas in the strategy’s order, and only the conflicts the item is part of', () => {
    const conflicts: AgendaConflict[] = [
      { kind: 'room-double-booked', itemIds: ['i1', 'i2'], message: 'a' },
      { kind: 'outside-conference', itemIds: ['i3'], message: 'b' },
    ];
    const speakers = [{ id: 's1', name: 'Anna Berg', title: null, organisation: null, invitation: 'confirmed' as const }];
    const view = toItem(item, conflicts, speakers);
    expect(view.speakers).toEqual(speakers);
    expect(view.focusAreaCodes).toEqual(['cooperation', 'skills']);
    expect(view.conflicts).toEqual([conflicts[0]]);
    expect(view).toMatchObject({ roomName: 'Stora salen', version: 3 });
  });
});

describe('auditedPlace', () => {
  it('keeps the title, room and Stockholm times', () => {
    expect(auditedPlace(item)).toEqual({
      startsAt: '2031-04-14T09:00:00+02:00',
      endsAt: '2031-01-14T10:00:00+01:00',
      roomId: 'r1',
      title: 'Öppning',
    });
    expect(auditedPlace({ ...item, startsAt: null, endsAt: null })).toMatchObject({ startsAt: null, endsAt: null });
  });
});
