import type { AgendaItemType, ProgrammeItem, PublicSpeaker, SpeakerRef } from '@samverkan/agenda/contract';
import type { Language } from '@samverkan/shared/ui';
import { stockholmDate } from '@samverkan/shared/util-dates';
import type { FocusAreaCode } from '@samverkan/strategy/contract';

export interface ProgrammeFilter {
  focusArea: FocusAreaCode | '';
  type: AgendaItemType | '';
  roomId: string;
}

export const NO_FILTER: ProgrammeFilter = { focusArea: '', type: '', roomId: '' };

/** Items matching every chosen filter (an empty filter matches all), in time order then room order. */
export function filterProgramme<T extends Pick<ProgrammeItem, 'focusAreaCodes' | 'type' | 'roomId' | 'startsAt'>>(
  items: readonly T[],
  filter: ProgrammeFilter,
): T[] {
  return items
    .filter((item) => !filter.focusArea || item.focusAreaCodes.includes(filter.focusArea))
    .filter((item) => !filter.type || item.type === filter.type)
    .filter((item) => !filter.roomId || item.roomId === filter.roomId)
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime());
}

/** Items grouped by their Stockholm date, days in order. */
export function groupByDay<T extends Pick<ProgrammeItem, 'startsAt'>>(items: readonly T[]): { day: string; items: T[] }[] {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())) {
    const day = stockholmDate(item.startsAt);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, dayItems]) => ({ day, items: dayItems }));
}

/** The title in the UI language; Swedish when there is no English one. */
export function itemTitle(item: Pick<ProgrammeItem, 'titleSv' | 'titleEn'>, language: Language): string {
  return language === 'en' && item.titleEn ? item.titleEn : item.titleSv;
}

export function itemDescription(item: Pick<ProgrammeItem, 'descriptionSv' | 'descriptionEn'>, language: Language): string | null {
  return language === 'en' && item.descriptionEn ? item.descriptionEn : item.descriptionSv;
}

/** The types, rooms and focus areas that occur, so the filters offer nothing that gives an empty list. */
export function filterOptions(items: readonly Pick<ProgrammeItem, 'type' | 'focusAreaCodes'>[]): {
  types: AgendaItemType[];
  focusAreas: FocusAreaCode[];
} {
  return {
    types: [...new Set(items.map((item) => item.type))].sort(),
    focusAreas: [...new Set(items.flatMap((item) => item.focusAreaCodes))].sort(),
  };
}

/** The calendar feed of one published item (`?lang=en` for English titles and descriptions). */
export function itemCalendarUrl(itemId: string, language: Language): string {
  const url = `/api/agenda-items/${encodeURIComponent(itemId)}/calendar.ics`;
  return language === 'en' ? `${url}?lang=en` : url;
}

/**
 * What to say about a session's places, from the live counts: how many are left, or that it is
 * full. Null without a count (not loaded, failed, or no sign-up): the page then says what it did before.
 */
export function placesText(count: { taken: number; capacity: number } | undefined): { key: string; params?: { left: number } } | null {
  if (!count) return null;
  const left = Math.max(0, count.capacity - count.taken);
  if (left === 0) return { key: 'programme.full' };
  return left === 1 ? { key: 'programme.placeLeft' } : { key: 'programme.placesLeft', params: { left } };
}

/** A speaker in one line: name, title, organisation (those given). */
export function speakerLine(speaker: Pick<SpeakerRef, 'name' | 'title' | 'organisation'>): string {
  return [speaker.name, speaker.title, speaker.organisation].filter(Boolean).join(', ');
}

/**
 * The speakers' biographies in the page's language, falling back to Swedish (marked as Swedish, so a
 * screen reader reads it so); speakers without one are left out.
 */
export function speakerBios(
  speakers: readonly PublicSpeaker[],
  language: Language,
): { id: string; line: string; bio: string; bioLang: Language | null }[] {
  return speakers.flatMap((s) => {
    const english = language === 'en' ? s.bioEn : null;
    const bio = english ?? s.bioSv;
    if (!bio) return [];
    return [{ id: s.id, line: speakerLine(s), bio, bioLang: language === 'en' && !english ? 'sv' : null }];
  });
}
