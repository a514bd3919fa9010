import type { AgendaItemType } from '@samverkan/agenda/contract';
import type { AgendaItem } from './agenda.entity';
import type { AgendaItemDto, UpdateAgendaItemDto } from './dto/agenda.dto';

const dateOf = (value: string | null | undefined): Date | null => (value ? new Date(value) : null);

/** A new draft item's own fields (focus areas and speakers are linked apart). */
export function newItemFields(conferenceId: string, body: AgendaItemDto) {
  return {
    conferenceId,
    titleSv: body.titleSv,
    titleEn: body.titleEn ?? null,
    descriptionSv: body.descriptionSv ?? null,
    descriptionEn: body.descriptionEn ?? null,
    type: body.type,
    startsAt: dateOf(body.startsAt),
    endsAt: dateOf(body.endsAt),
    roomId: body.roomId ?? null,
    themeId: body.themeId ?? null,
    sourceProposalId: null,
    signupRequired: body.signupRequired ?? false,
    signupCapacity: body.signupCapacity ?? null,
  };
}

/** Applies an edit's fields to an item: a field left out stays, null clears it (focus areas and speakers are linked apart). */
export function applyItemEdit(item: AgendaItem, body: UpdateAgendaItemDto): void {
  const { version: _version, focusAreaCodes: _codes, speakerIds: _speakers, startsAt, endsAt, ...fields } = body;
  void [_version, _codes, _speakers];
  Object.assign(item, fields);
  if (startsAt !== undefined) item.startsAt = dateOf(startsAt);
  if (endsAt !== undefined) item.endsAt = dateOf(endsAt);
}

/**
 * What is wrong with an item's times and places, by field, or null: both times or neither, the end
 * after the start, a capacity when sign-up is required, and never below the places already taken.
 */
export function itemErrors(
  item: Pick<AgendaItem, 'startsAt' | 'endsAt' | 'signupRequired' | 'signupCapacity' | 'signupCount'>,
): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if ((item.startsAt === null) !== (item.endsAt === null)) errors['endsAt'] = 'bothOrNeither';
  else if (item.startsAt && item.endsAt && item.endsAt <= item.startsAt) errors['endsAt'] = 'beforeStart';
  if (item.signupRequired && !item.signupCapacity) errors['signupCapacity'] = 'required';
  else if (item.signupRequired && item.signupCapacity !== null && item.signupCapacity < item.signupCount)
    errors['signupCapacity'] = 'belowSignups';
  return Object.keys(errors).length ? errors : null;
}

const PROPOSAL_FORMATS: readonly AgendaItemType[] = ['keynote', 'panel', 'seminar', 'workshop', 'study-visit'];

/** The item type of an accepted proposal's format; a seminar when the format names none. */
export function itemTypeOfFormat(format: string | null): AgendaItemType {
  return PROPOSAL_FORMATS.find((t) => t === format) ?? 'seminar';
}

/** A draft item made from an accepted proposal: unscheduled, without room or theme, linked back to it (its speakers apart). */
export function itemFromProposal(
  conferenceId: string,
  proposal: { id: string; title: string; summary: string; format: string | null },
) {
  return {
    conferenceId,
    titleSv: proposal.title,
    titleEn: null,
    descriptionSv: proposal.summary,
    descriptionEn: null,
    type: itemTypeOfFormat(proposal.format),
    startsAt: null,
    endsAt: null,
    roomId: null,
    themeId: null,
    sourceProposalId: proposal.id,
    signupRequired: false,
    signupCapacity: null,
  };
}
