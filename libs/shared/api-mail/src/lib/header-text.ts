/** Control characters (C0, DEL, C1) and the Unicode line and paragraph separators. */
function isBreak(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * A value for a mail header (the subject): one line, whatever was merged into it, so no text can
 * start a header of its own; at most `max` characters (the outbox's subject column holds 300).
 * nodemailer encodes what is left (RFC 2047) when it sends.
 */
export function headerText(value: string, max = 300): string {
  const line = Array.from(value, (char) => (isBreak(char) ? ' ' : char))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
