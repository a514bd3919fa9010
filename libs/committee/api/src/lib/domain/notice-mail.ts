import type { MeetingResponse } from '@samverkan/committee/contract';
import type { NewMail } from '@samverkan/shared/api-mail';
import { formatRange } from '@samverkan/shared/util-dates';

/** Kallelse: one e-post per participant with the time, the place and the numbered agenda. */
export function noticeMails(meeting: MeetingResponse): NewMail[] {
  const agenda = meeting.items.map((item, i) => `${i + 1}. ${item.title}`).join('\n');
  const where = [meeting.place, meeting.videoLink].filter(Boolean).join(' / ');
  const when = formatRange(meeting.startsAt, meeting.endsAt ?? meeting.startsAt);
  return meeting.participants.map((p) => ({
    to: p.email,
    subject: `Kallelse: ${meeting.title}`,
    text: `Hej ${p.name},\n\nDu kallas till ${meeting.title}.\n\nTid: ${when}\n${where ? `Plats: ${where}\n` : ''}\nDagordning:\n${agenda}\n\n— Svenska Industrikommuners arbetsutskott`,
    subjectRef: `meeting:${meeting.id}`,
  }));
}
