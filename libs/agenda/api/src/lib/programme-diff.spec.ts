import type { ProgrammeItem } from '@samverkan/agenda/contract';
import { diffProgrammes } from './programme-diff';

const item = (id: string, fields: Partial<ProgrammeItem> = {}): ProgrammeItem => ({
  id,
  titleSv: `Punkt ${id}`,
  titleEn: null,
  descriptionSv: null,
  descriptionEn: null,
  type: 'seminar',
  startsAt: '2031-04-14T09:00:00+02:00',
  endsAt: '2031-04-14T10:00:00+02:00',
  roomId: 'r1',
  roomName: 'Stora salen',
  themeId: null,
  speakers: [],
  focusAreaCodes: [],
  signupRequired: false,
  signupCapacity: null,
  sequence: 0,
  ...fields,
});

describe('diffProgrammes', () => {
  it('reports nothing for unchanged items, whatever their sequence or last change', () => {
    expect(diffProgrammes([item('a')], [item('a', { sequence: 2, lastModifiedAt: '2031-01-01T10:00:00+01:00' })])).toEqual([]);
  });

  it('reports an added item with its place after and none before', () => {
    expect(diffProgrammes([], [item('a')])).toEqual([
      {
        kind: 'added',
        itemId: 'a',
        titleSv: 'Punkt a',
        before: null,
        after: { startsAt: '2031-04-14T09:00:00+02:00', endsAt: '2031-04-14T10:00:00+02:00', roomName: 'Stora salen' },
      },
    ]);
  });

  it('reports a removed item with its place before, after the items of the new version', () => {
    const changes = diffProgrammes([item('a'), item('b')], [item('b', { titleSv: 'Ny titel' }), item('c')]);
    expect(changes.map((c) => [c.kind, c.itemId])).toEqual([
      ['changed', 'b'],
      ['added', 'c'],
      ['removed', 'a'],
    ]);
    expect(changes[2]).toMatchObject({ titleSv: 'Punkt a', before: { roomName: 'Stora salen' }, after: null });
  });

  it('reports a new time as moved, with the old and the new place', () => {
    const [change] = diffProgrammes([item('a')], [item('a', { startsAt: '2031-04-14T11:00:00+02:00', endsAt: '2031-04-14T12:00:00+02:00' })]);
    expect(change).toEqual({
      kind: 'moved',
      itemId: 'a',
      titleSv: 'Punkt a',
      before: { startsAt: '2031-04-14T09:00:00+02:00', endsAt: '2031-04-14T10:00:00+02:00', roomName: 'Stora salen' },
      after: { startsAt: '2031-04-14T11:00:00+02:00', endsAt: '2031-04-14T12:00:00+02:00', roomName: 'Stora salen' },
    });
  });

  it('reports another room as moved', () => {
    const [change] = diffProgrammes([item('a')], [item('a', { roomId: 'r2', roomName: 'Lilla salen' })]);
    expect(change).toMatchObject({ kind: 'moved', before: { roomName: 'Stora salen' }, after: { roomName: 'Lilla salen' } });
  });

  it('reports a renamed item as changed, under its new title', () => {
    expect(diffProgrammes([item('a')], [item('a', { titleSv: 'Välkommen' })])).toEqual([
      expect.objectContaining({ kind: 'changed', itemId: 'a', titleSv: 'Välkommen' }),
    ]);
  });

  it('reports other content (speakers, focus areas, sign-up) as changed', () => {
    for (const fields of [{ speakers: [{ id: 's1', name: 'Anna Berg', title: null, organisation: null }] }, { focusAreaCodes: ['skills' as const] }, { signupRequired: true, signupCapacity: 20 }]) {
      expect(diffProgrammes([item('a')], [item('a', fields)]).map((c) => c.kind)).toEqual(['changed']);
    }
  });

  it('reports an item both moved and changed once, as moved', () => {
    expect(diffProgrammes([item('a')], [item('a', { roomId: 'r2', titleSv: 'Ny' })]).map((c) => c.kind)).toEqual(['moved']);
  });

  it('does not count a renamed room as a move of its items (the room list shows the new name)', () => {
    expect(diffProgrammes([item('a')], [item('a', { roomName: 'Aulan' })])).toEqual([]);
  });
});
