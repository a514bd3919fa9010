/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A value for a mail header (the subject): one line, whatever was merged into it, so no text can
 * start a header of its own; at most `max` characters (the outbox's subject column holds 300).
 * nodemailer encodes what is left (RFC 2047) when it sends.
 */
export function headerText(value: string, max = 300): string {
  const line = value.replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
