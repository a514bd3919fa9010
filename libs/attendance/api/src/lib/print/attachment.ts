import { pdfFileName } from '@samverkan/shared/api-pdf';

/** `attachment; filename="…"`: a download name of the kind, the conference and its first day (Stockholm). */
export function attachment(kind: string, conferenceTitle: string, startsAt: Date): string {
  return `attachment; filename="${pdfFileName(kind, conferenceTitle, startsAt, 'konferens')}"`;
}
