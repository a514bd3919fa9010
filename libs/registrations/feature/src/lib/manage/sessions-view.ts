import type { AgendaItemType, ProgrammeItem, ProgrammeResponse, SignupCountsResponse } from '@samverkan/agenda/contract';
import type { MySessionResponse } from '@samverkan/registrations/contract';
import type { Language } from '@samverkan/shared/ui';
import { formatDate, formatTime, stockholmDate } from '@samverkan/shared/util-dates';

/** A session of the published programme that needs sign-up, as the manage page offers it. */
export interface SignupSession {
  id: string;
  title: string;
  type: AgendaItemType;
  /** "onsdag 14 april 2027, 13:00–14:30" */
  when: string;
  roomName: string | null;
  capacity: number;
  chosen: boolean;
  /**
   * From the live counts when they came; without them known only for the person's own choices
   * (the published programme carries no counts).
   */
  placesLeft: number | null;
}

/** One day of "my programme". */
export interface MyProgrammeDay {
  /** YYYY-MM-DD, or '' for chosen sessions that have no time just now. */
  day: string;
  heading: string | null;
  sessions: { id: string; title: string; time: string | null; startsAt: string | null; roomName: string | null }[];
}

export function sessionTitle(item: { titleSv: string; titleEn: string | null }, language: Language): string {
  return language === 'en' && item.titleEn ? item.titleEn : item.titleSv;
}

function byStart(a: { startsAt: string | null }, b: { startsAt: string | null }): number {
  if (!a.startsAt || !b.startsAt) return a.startsAt ? -1 : b.startsAt ? 1 : 0;
  return new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime();
}

function timeRange(startsAt: string, endsAt: string, language: Language): string {
  return `${formatTime(startsAt, language)}–${formatTime(endsAt, language)}`;
}

/**
 * The sessions one signs up for (an item with signupRequired and a capacity), in time order,
 * marked with the person's choices, and the places left: for every session from the live counts
 * (`counts`), else for the person's own choices only.
 */
export function signupSessions(
  programme: ProgrammeResponse | null,
  mine: readonly MySessionResponse[],
  language: Language,
  counts: SignupCountsResponse | null = null,
): SignupSession[] {
  const chosen = new Map(mine.map((session) => [session.agendaItemId, session]));
  return (programme?.items ?? [])
    .filter((item): item is ProgrammeItem & { signupCapacity: number } => item.signupRequired && item.signupCapacity !== null)
    .sort(byStart)
    .map((item) => {
      const mineToo = chosen.get(item.id);
      const count = counts?.[item.id];
      return {
        id: item.id,
        title: sessionTitle(item, language),
        type: item.type,
        when: `${formatDate(item.startsAt, language)}, ${timeRange(item.startsAt, item.endsAt, language)}`,
        roomName: item.roomName,
        capacity: count?.capacity ?? item.signupCapacity,
        chosen: !!mineToo,
        placesLeft: count
          ? Math.max(0, count.capacity - count.taken)
          : mineToo?.signupCapacity != null
            ? Math.max(0, mineToo.signupCapacity - mineToo.signupCount)
            : null,
      };
    });
}

/** The person's chosen sessions by Stockholm day, in time order; sessions without a time last. */
export function myProgramme(mine: readonly MySessionResponse[], language: Language): MyProgrammeDay[] {
  const days: MyProgrammeDay[] = [];
  for (const session of [...mine].sort(byStart)) {
    const day = session.startsAt ? stockholmDate(session.startsAt) : '';
    let entry = days.find((d) => d.day === day);
    if (!entry) {
      entry = { day, heading: session.startsAt ? formatDate(session.startsAt, language) : null, sessions: [] };
      days.push(entry);
    }
    entry.sessions.push({
      id: session.agendaItemId,
      title: sessionTitle(session, language),
      time: session.startsAt && session.endsAt ? timeRange(session.startsAt, session.endsAt, language) : null,
      startsAt: session.startsAt,
      roomName: session.roomName,
    });
  }
  return days;
}
