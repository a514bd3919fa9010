import type { ConferenceFocusArea, ConferenceResponse, ThemeResponse } from '@samverkan/conferences/contract';
import type { Language } from '@samverkan/shared/ui';
import { formatDate, formatRange, formatTime } from '@samverkan/shared/util-dates';

/** Where registration stands for a conference, from the visitor's point of view. */
export type RegistrationState =
  | { kind: 'open'; seatsLeft: number }
  /** Open, but every seat is taken: new registrations go on the waitlist. */
  | { kind: 'full' }
  | { kind: 'notYetOpen'; opensAt: string }
  | { kind: 'closed' }
  | { kind: 'ended' }
  | { kind: 'cancelled' }
  | { kind: 'draft' };

/**
 * The API decides whether registration is open (`registrationOpen`); this adds why not,
 * so the page can say "opens on …" rather than just "closed".
 */
export function registrationState(conference: ConferenceResponse, now: Date = new Date()): RegistrationState {
  if (conference.status === 'cancelled') return { kind: 'cancelled' };
  if (conference.status === 'draft') return { kind: 'draft' };
  if (conference.status === 'archived' || new Date(conference.endsAt) <= now) return { kind: 'ended' };
  if (conference.registrationOpen) {
    return conference.seatsLeft > 0 ? { kind: 'open', seatsLeft: conference.seatsLeft } : { kind: 'full' };
  }
  if (conference.registrationOpensAt && now < new Date(conference.registrationOpensAt)) {
    return { kind: 'notYetOpen', opensAt: conference.registrationOpensAt };
  }
  return { kind: 'closed' };
}

/** Whether a visitor can register (or join the waitlist) right now. */
export function canRegister(state: RegistrationState): boolean {
  return state.kind === 'open' || state.kind === 'full';
}

type Bilingual = { titleSv: string; titleEn: string | null };

/** A conference's or theme's title in the UI language (Swedish when there is no English one). */
export function localizedTitle(item: Bilingual, language: Language): string {
  return (language === 'en' && item.titleEn) || item.titleSv;
}

export function localizedDescription(
  item: Pick<ConferenceResponse | ThemeResponse, 'descriptionSv' | 'descriptionEn'>,
  language: Language,
): string | null {
  return (language === 'en' && item.descriptionEn) || item.descriptionSv;
}

export function focusAreaTitles(areas: readonly ConferenceFocusArea[], language: Language): { code: string; title: string }[] {
  return areas.map((area) => ({ code: area.code, title: localizedTitle(area, language) }));
}

/** "tisdag 14 april 2026 09:00 – onsdag 15 april 2026 16:00", in Stockholm time. */
export function conferenceDates(conference: Pick<ConferenceResponse, 'startsAt' | 'endsAt'>, language: Language): string {
  return formatRange(conference.startsAt, conference.endsAt, language);
}

/** "tisdag 14 april 2026 09:00": a single moment in Stockholm time. */
export function dateTime(value: string, language: Language): string {
  return `${formatDate(value, language)} ${formatTime(value, language)}`;
}

/** The short line that says where registration stands, as a translation key with its parameters. */
export function registrationStateText(
  state: RegistrationState,
  conference: Pick<ConferenceResponse, 'capacity'>,
  language: Language,
): { key: string; params?: Record<string, unknown> } {
  switch (state.kind) {
    case 'open':
      return { key: 'conferences.seatsLeft', params: { left: state.seatsLeft, capacity: conference.capacity } };
    case 'full':
      return { key: 'conferences.full' };
    case 'notYetOpen':
      return { key: 'conferences.opensAt', params: { date: dateTime(state.opensAt, language) } };
    case 'closed':
      return { key: 'conferences.closed' };
    case 'ended':
      return { key: 'conferences.ended' };
    case 'cancelled':
      return { key: 'conferences.cancelled' };
    case 'draft':
      return { key: 'conferences.draft' };
  }
}

/** Venue and address on one line, or null when neither is known yet. */
export function conferencePlace(conference: Pick<ConferenceResponse, 'venue' | 'address'>): string | null {
  const parts = [conference.venue, conference.address].filter((part): part is string => !!part?.trim());
  return parts.length ? parts.join(', ') : null;
}

/** The calendar feed of a conference: its programme and the conference days (`?lang=en` for English texts). */
export function conferenceCalendarUrl(conferenceId: string, language: Language): string {
  const url = `/api/conferences/${encodeURIComponent(conferenceId)}/calendar.ics`;
  return language === 'en' ? `${url}?lang=en` : url;
}
