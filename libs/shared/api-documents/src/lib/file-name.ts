/** What a file name says, once cleaned: the name to store and its extension (lower case, no dot). */
export interface CleanFileName {
  name: string;
  extension: string;
}

const MAX_LENGTH = 200;
// Control characters (C0, DEL, C1), bidi overrides and isolates, and what Windows refuses in names.
// eslint-disable-next-line no-control-regex
const REMOVED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069<>:"|?*]/gu;

/**
 * The name an uploaded file is stored and offered under. A name with a path in it (`/`, `\`, `..`) is
 * not cleaned but refused (null): someone is trying something. Otherwise control characters and
 * `<>:"|?*` go, the text is NFC, and a name over 200 characters is shortened before its extension.
 */
export function cleanFileName(raw: string): CleanFileName | null {
  if (/[/\\]/.test(raw) || raw.includes('..')) return null;
  const cleaned = raw.normalize('NFC').replace(REMOVED, '').trim();
  const dot = cleaned.lastIndexOf('.');
  const extension = dot >= 0 ? cleaned.slice(dot + 1) : '';
  let base = dot >= 0 ? cleaned.slice(0, dot) : cleaned;
  const suffix = extension ? `.${extension}` : '';
  const room = MAX_LENGTH - Array.from(suffix).length;
  if (room < 1) return { name: Array.from(cleaned).slice(0, MAX_LENGTH).join(''), extension: '' };
  base = Array.from(base).slice(0, room).join('').trim();
  if (!base) base = 'fil';
  return { name: base + suffix, extension: extension.toLowerCase() };
}
