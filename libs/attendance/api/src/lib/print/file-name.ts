import { stockholmDate } from '@samverkan/shared/util-dates';

/** A file-name part from a title: ASCII letters and digits joined by dashes ("Vårkonferens 2026" → "varkonferens-2026"). */
export function slug(value: string, maxLength = 50): string {
  return (
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/, '') || 'konferens'
  );
}

/** `attachment; filename="…"`: a download name of the kind, the conference and its first day (Stockholm). */
export function attachment(kind: string, conferenceTitle: string, startsAt: Date): string {
  return `attachment; filename="${kind}-${slug(conferenceTitle)}-${stockholmDate(startsAt)}.pdf"`;
}
