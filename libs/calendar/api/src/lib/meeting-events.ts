import type { CalendarEventInput } from '@samverkan/shared/api-ical';
import { sequenceOf } from '@samverkan/agenda/api';

export interface MeetingRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  place: string | null;
  video_link: string | null;
  created_at: Date;
  updated_at: Date;
}

/** A meeting without an end time is booked for this long. */
const DEFAULT_HOURS = 2;

/** A working-committee meeting as a calendar event, linking to its agenda; the place is the room, else the video link. */
export function meetingEvent(meeting: MeetingRow, publicUrl: string): CalendarEventInput {
  const url = `${publicUrl}/arbetsutskottet/moten/${meeting.id}`;
  return {
    uid: `meeting-${meeting.id}@samverkan`,
    start: meeting.starts_at,
    end: meeting.ends_at ?? new Date(meeting.starts_at.getTime() + DEFAULT_HOURS * 3600_000),
    summary: meeting.title,
    description: [meeting.video_link ? `Videolänk: ${meeting.video_link}` : '', `Dagordning: ${url}`].filter(Boolean).join('\n\n'),
    location: meeting.place ?? meeting.video_link,
    url,
    status: 'confirmed',
    sequence: sequenceOf(meeting.created_at, meeting.updated_at),
    lastModified: meeting.updated_at,
  };
}
