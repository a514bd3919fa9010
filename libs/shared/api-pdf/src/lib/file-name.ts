import { stockholmDate } from '@samverkan/shared/util-dates';

/**
 * A file-name part from a title: ASCII letters and digits joined by dashes ("Vårkonferens 2026" →
 * "varkonferens-2026", "Möte i Växjö" → "mote-i-vaxjo"); `fallback` when nothing is left.
 */
export function fileSlug(value: string, fallback: string, maxLength = 50): string {
  return (
    value
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, maxLength)
      .replace(/-+$/, '') || fallback
  );
}

/** A PDF's download name: `<kind>-<title as a slug>-<Stockholm date>.pdf` (ASCII, so no header needs encoding). */
export function pdfFileName(kind: string, title: string, day: Date, fallback: string): string {
  return `${kind}-${fileSlug(title, fallback)}-${stockholmDate(day)}.pdf`;
}
