import type { AgendaItem } from './agenda.entity';
import type { AgendaItemDto, UpdateAgendaItemDto } from './dto/agenda.dto';
import { applyItemEdit, itemErrors, itemFromProposal, itemTypeOfFormat, newItemFields } from './item-rules';

const at = (iso: string) => new Date(iso);
const place = { startsAt: at('2031-04-14T09:00:00+02:00'), endsAt: at('2031-04-14T10:00:00+02:00') };
const sign = { signupRequired: false, signupCapacity: null, signupCount: 0 };

describe('itemErrors', () => {
  it('accepts a scheduled item, an unscheduled one, and sign-up with enough places', () => {
    expect(itemErrors({ ...place, ...sign })).toBeNull();
    expect(itemErrors({ startsAt: null, endsAt: null, ...sign })).toBeNull();
    expect(itemErrors({ ...place, signupRequired: true, signupCapacity: 10, signupCount: 10 })).toBeNull();
  });

  it('needs both times or neither, the end after the start', () => {
    expect(itemErrors({ startsAt: place.startsAt, endsAt: null, ...sign })).toEqual({ endsAt: 'bothOrNeither' });
    expect(itemErrors({ startsAt: null, endsAt: place.endsAt, ...sign })).toEqual({ endsAt: 'bothOrNeither' });
    expect(itemErrors({ startsAt: place.endsAt, endsAt: place.startsAt, ...sign })).toEqual({ endsAt: 'beforeStart' });
    expect(itemErrors({ startsAt: place.startsAt, endsAt: place.startsAt, ...sign })).toEqual({ endsAt: 'beforeStart' });
  });

  it('needs a capacity for sign-up, never below the places taken', () => {
    expect(itemErrors({ ...place, signupRequired: true, signupCapacity: null, signupCount: 0 })).toEqual({ signupCapacity: 'required' });
    expect(itemErrors({ ...place, signupRequired: true, signupCapacity: 5, signupCount: 6 })).toEqual({ signupCapacity: 'belowSignups' });
    expect(itemErrors({ ...place, signupRequired: false, signupCapacity: 5, signupCount: 6 })).toBeNull();
  });

  it('names every field at fault at once', () => {
    expect(itemErrors({ startsAt: place.startsAt, endsAt: null, signupRequired: true, signupCapacity: null, signupCount: 0 })).toEqual({
      endsAt: 'bothOrNeither',
      signupCapacity: 'required',
    });
  });
});

describe('newItemFields', () => {
  it('fills what the body leaves out with empty values, and reads the times', () => {
    const body = { titleSv: 'Fika', type: 'break', speakerIds: ['6f1c1f43-52c4-4b6e-9f0e-7d3f2a1b9c00'] } as AgendaItemDto;
    expect(newItemFields('c1', body)).toEqual({
      conferenceId: 'c1',
      titleSv: 'Fika',
      titleEn: null,
      descriptionSv: null,
      descriptionEn: null,
      type: 'break',
      startsAt: null,
      endsAt: null,
      roomId: null,
      themeId: null,
      sourceProposalId: null,
      signupRequired: false,
      signupCapacity: null,
    });
    const timed = newItemFields('c1', { ...body, startsAt: '2031-04-14T09:00:00+02:00', endsAt: '2031-04-14T10:00:00+02:00' });
    expect(timed).toMatchObject(place);
  });
});

describe('applyItemEdit', () => {
  const item = () => ({ titleSv: 'Gammal', roomId: 'r1', ...place, version: 4 }) as unknown as AgendaItem;

  it('changes the fields given and keeps the rest, the version included', () => {
    const edited = item();
    applyItemEdit(edited, { version: 1, titleSv: 'Ny', focusAreaCodes: ['skills'] } as UpdateAgendaItemDto);
    expect(edited).toMatchObject({ titleSv: 'Ny', roomId: 'r1', ...place, version: 4 });
    expect(edited).not.toHaveProperty('focusAreaCodes');
  });

  it('clears times and room given as null, and reads new times', () => {
    const cleared = item();
    applyItemEdit(cleared, { version: 4, startsAt: null, endsAt: null, roomId: null } as UpdateAgendaItemDto);
    expect(cleared).toMatchObject({ startsAt: null, endsAt: null, roomId: null });
    const moved = item();
    applyItemEdit(moved, { version: 4, startsAt: '2031-04-14T11:00:00+02:00', endsAt: '2031-04-14T12:00:00+02:00' } as UpdateAgendaItemDto);
    expect(moved.startsAt).toEqual(at('2031-04-14T09:00:00Z'));
  });

  it('leaves the speakers to their own table: no speakerIds field lands on the item', () => {
    const edited = item();
    applyItemEdit(edited, { version: 4, titleSv: 'Ny', speakerIds: ['6f1c1f43-52c4-4b6e-9f0e-7d3f2a1b9c00'] } as UpdateAgendaItemDto);
    expect(edited).toMatchObject({ titleSv: 'Ny' });
    expect(edited).not.toHaveProperty('speakerIds');
  });
});

describe('proposals as items', () => {
  it('takes the type from the format, a seminar when it names no item type', () => {
    expect(itemTypeOfFormat('panel')).toBe('panel');
    expect(itemTypeOfFormat('study-visit')).toBe('study-visit');
    expect(itemTypeOfFormat('break')).toBe('seminar');
    expect(itemTypeOfFormat(null)).toBe('seminar');
  });

  it('makes an unscheduled item linked to the proposal', () => {
    const item = itemFromProposal('c1', { id: 'p1', title: 'Panel om vätgas', summary: 'Om vätgas.', format: 'panel' });
    expect(item).toMatchObject({
      conferenceId: 'c1',
      titleSv: 'Panel om vätgas',
      descriptionSv: 'Om vätgas.',
      type: 'panel',
      startsAt: null,
      roomId: null,
      sourceProposalId: 'p1',
    });
  });
});
