/**
 * Characters no text field may hold: control characters (Unicode category Cc, C0 and C1, which
 * includes CR, LF, TAB and NEL), the line and paragraph separators U+2028/U+2029, and the bidi
 * embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 (used to make text read
 * differently from what it is, e.g. "gnp.exe" shown as "exe.png").
 */
const SPOOFING = '\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
const SINGLE_LINE_FORBIDDEN = new RegExp(`[\\p{Cc}${SPOOFING}]`, 'u');
/** The same, except line feed and tab. */
const MULTI_LINE_FORBIDDEN = new RegExp(`(?![\\n\\t])[\\p{Cc}${SPOOFING}]`, 'u');

/** One-line text (names, titles, e-mail, search): no line break, tab or other control character. */
export function isSingleLine(value: string): boolean {
  return !SINGLE_LINE_FORBIDDEN.test(value);
}

/** Multi-line text (descriptions, comments, minutes): line feeds and tabs, but no other control character (a lone CR included). */
export function isMultiLine(value: string): boolean {
  return !MULTI_LINE_FORBIDDEN.test(value);
}

/** CRLF line endings as LF (what browsers send from a textarea is CRLF). */
export function normaliseLineEnds(value: string): string {
  return value.replace(/\r\n/g, '\n');
}
