import {
  conferenceEvent,
  itemEvent,
  programmeEvents,
  type EventContext,
  type FeedConference,
  type RemovedItem,
} from '@samverkan/agenda/api';
import type { CalendarEventInput, CalendarEventStatus } from '@samverkan/shared/api-ical';

/** A registration as its personal feed needs it (one row of the feed query). */
export interface RegistrationFeedRow {
  conference_id: string;
  registration_status: string;
  language: string;
  registration_updated_at: Date;
  /** Ids of the items the person is signed up for. */
  chosen: string[];
  /** Items given up in the last days, and when. */
  withdrawn: { id: string; at: string }[];
}

/** The conference event's status: cancelled with the registration or the conference, tentative on the waiting list. */
export function registrationStatus(registration: string, conference: string): CalendarEventStatus {
  if (registration === 'cancelled' || conference === 'cancelled') return 'cancelled';
  return registration === 'waitlisted' ? 'tentative' : 'confirmed';
}

/** Items the person gave up that are no longer in the published programme: their last version is among the removed items. */
export function withdrawnAndRemoved(row: RegistrationFeedRow, conference: FeedConference): Set<string> {
  const published = new Set((conference.items ?? []).map((item) => item.id));
  const chosen = new Set(row.chosen);
  return new Set(row.withdrawn.filter((w) => !chosen.has(w.id) && !published.has(w.id)).map((w) => w.id));
}

/**
 * A registration's personal events: the conference, the items chosen as published (CANCELLED with the
 * conference), the items given up (CANCELLED from when they were given up), and given-up items since
 * removed from the programme (as they were last published; `removed` needs only those).
 */
export function registrationEvents(
  row: RegistrationFeedRow,
  conference: FeedConference,
  removed: readonly RemovedItem[],
  context: EventContext,
): CalendarEventInput[] {
  const chosen = new Set(row.chosen);
  const sessions = programmeEvents(conference, [], context, (item) => chosen.has(item.id));
  const published = new Map((conference.items ?? []).map((item) => [item.id, item]));
  for (const w of row.withdrawn) {
    const item = published.get(w.id);
    if (item && !chosen.has(w.id)) sessions.push(itemEvent(item, conference, context, new Date(w.at)));
  }
  const gone = withdrawnAndRemoved(row, conference);
  if (gone.size)
    sessions.push(
      ...programmeEvents(
        conference,
        removed.filter((r) => gone.has(r.item.id)),
        context,
        (item) => gone.has(item.id),
      ),
    );
  const status = registrationStatus(row.registration_status, conference.status);
  return [conferenceEvent(conference, context, status, [row.registration_updated_at]), ...sessions];
}
