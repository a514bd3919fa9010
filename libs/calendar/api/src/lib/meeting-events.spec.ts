import { meetingEvent, type MeetingRow } from './meeting-events';

const meeting: MeetingRow = {
  id: 'm1',
  title: 'AU-möte',
  starts_at: new Date('2031-01-10T09:00:00Z'),
  ends_at: new Date('2031-01-10T10:30:00Z'),
  place: 'Stadshuset',
  video_link: 'https://video.example/au',
  created_at: new Date('2031-01-01T08:00:00Z'),
  updated_at: new Date('2031-01-01T08:01:40Z'),
};

describe('meetingEvent', () => {
  it('links to the meeting’s agenda and names the video link, with a stable UID', () => {
    expect(meetingEvent(meeting, 'https://samverkan.example')).toEqual({
      uid: 'meeting-m1@samverkan',
      start: meeting.starts_at,
      end: meeting.ends_at,
      summary: 'AU-möte',
      description: 'Videolänk: https://video.example/au\n\nDagordning: https://samverkan.example/arbetsutskottet/moten/m1',
      location: 'Stadshuset',
      url: 'https://samverkan.example/arbetsutskottet/moten/m1',
      status: 'confirmed',
      sequence: 100,
      lastModified: meeting.updated_at,
    });
  });

  it('books a meeting without an end for two hours, at the video link when it has no place', () => {
    const event = meetingEvent({ ...meeting, ends_at: null, place: null }, 'https://samverkan.example');
    expect(event.end).toEqual(new Date('2031-01-10T11:00:00Z'));
    expect(event.location).toBe('https://video.example/au');
  });

  it('leaves the video link out of the description of a meeting without one', () => {
    const event = meetingEvent({ ...meeting, video_link: null }, 'https://samverkan.example');
    expect(event.description).toBe('Dagordning: https://samverkan.example/arbetsutskottet/moten/m1');
    expect(event.location).toBe('Stadshuset');
  });
});
