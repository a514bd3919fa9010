/**
 * Text that reaches a calendar. iCalendar is line-based: a CR or LF (or any other control character)
 * that reached a content line unescaped would start a property or component of the writer's
 * choosing, so every text is cleaned here, whatever the field.
 */

/** Line breaks of every kind: CRLF, CR, LF, VT, FF, NEL, line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\r\n\v\f\u0085\u2028\u2029]/g;
/** Control characters (C0, DEL, C1) but tab and LF, which RFC 5545 TEXT allows or escapes. */
const OTHER_CONTROLS = /(?![\t\n])\p{Cc}/gu;

/** One line: line breaks and tabs become spaces, other control characters go. */
export function calendarLine(value: string): string {
  return value.replace(LINE_BREAKS, ' ').replace(/\t/g, ' ').replace(OTHER_CONTROLS, '');
}

/** Text of several lines (a description): line breaks become LF, which the writer escapes as `\n`. */
export function calendarLines(value: string): string {
  return value.replace(LINE_BREAKS, '\n').replace(OTHER_CONTROLS, '');
}
