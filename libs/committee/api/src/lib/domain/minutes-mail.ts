import { headerText, type NewMail } from '@samverkan/shared/api-mail';
import { formatDay } from '@samverkan/shared/util-dates';

export interface MinutesMailInput {
  meetingId: string;
  title: string;
  startsAt: Date;
  fileName: string;
  pdf: Buffer;
}

/** The justerat minutes by e-post to each committee member, the PDF attached; the subject on one header-safe line. */
export function minutesMails(recipients: readonly { name: string; email: string }[], minutes: MinutesMailInput): NewMail[] {
  const subject = headerText(`Justerat protokoll: ${minutes.title}`);
  const content = minutes.pdf.toString('base64');
  return recipients.map((r) => ({
    to: r.email,
    subject,
    text: [
      `Hej ${r.name},`,
      '',
      `Protokollet från ${minutes.title} den ${formatDay(minutes.startsAt)} är justerat. Det bifogas som PDF (${minutes.fileName}).`,
      '',
      '— Svenska Industrikommuners arbetsutskott',
    ].join('\n'),
    attachments: [{ filename: minutes.fileName, contentType: 'application/pdf', content, encoding: 'base64' as const }],
    subjectRef: `meeting:${minutes.meetingId}`,
  }));
}
