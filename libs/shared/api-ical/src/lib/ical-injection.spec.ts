import ICAL from 'ical.js';
import { buildCalendar, type CalendarEventInput } from './ical';

const base: CalendarEventInput = {
  uid: 'agenda-item-1@samverkan',
  start: new Date('2031-03-29T07:00:00Z'),
  end: new Date('2031-03-29T08:00:00Z'),
  summary: 'Öppning',
  sequence: 0,
  status: 'confirmed',
  lastModified: new Date('2031-01-01T10:00:00Z'),
};

const injected =
  'Fika\r\nBEGIN:VEVENT\r\nUID:evil@example\r\nDTSTART:20310329T070000Z\r\nSUMMARY:Logga in\r\nURL:http://evil.example/login\r\nEND:VEVENT';
const longUnicode = `${'Välfärd 👩🏽‍💻 e\u0301 ñ 漢字 '.repeat(40)}🇸🇪`;

/** Hostile titles and what a calendar should show for them (line breaks and tabs as spaces, other controls gone). */
const HOSTILE: [label: string, title: string, shown: string][] = [
  [
    'CRLF with a whole event',
    injected,
    'Fika BEGIN:VEVENT UID:evil@example DTSTART:20310329T070000Z SUMMARY:Logga in URL:http://evil.example/login END:VEVENT',
  ],
  ['END:VCALENDAR', 'Fika\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR', 'Fika END:VCALENDAR BEGIN:VCALENDAR'],
  ['lone CR', 'Fika\rEND:VEVENT\rBEGIN:VEVENT', 'Fika END:VEVENT BEGIN:VEVENT'],
  ['lone LF', 'Fika\nBEGIN:VEVENT', 'Fika BEGIN:VEVENT'],
  ['tab', 'Fika\tBEGIN:VEVENT', 'Fika BEGIN:VEVENT'],
  ['NUL and other controls', 'Fi\u0000ka\u0007\u001b[31m\u007f\u0085BEGIN:VEVENT\u2028x', 'Fika[31m BEGIN:VEVENT x'],
  ['long unicode with emoji and combining marks', longUnicode, longUnicode],
];

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

/** NAME and X-WR-CALNAME are not in ical.js's design: it hands back their text as written. */
const calendarName = (calendar: ICAL.Component, name: string) => String(calendar.getFirstPropertyValue(name));

describe('buildCalendar with hostile text', () => {
  it.each(HOSTILE)('keeps a calendar name with %s on its own line', (_label, title, shown) => {
    const text = buildCalendar({ name: title, language: 'sv' }, [{ ...base, summary: title }]);
    const calendar = parse(text);
    expect(calendar.getAllSubcomponents()).toHaveLength(2); // the VTIMEZONE and the one event
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(calendar.getAllSubcomponents('vevent')[0].getFirstPropertyValue('uid')).toBe(base.uid);
    expect(calendarName(calendar, 'name')).toBe(shown);
    expect(calendarName(calendar, 'x-wr-calname')).toBe(shown);
    expect(calendar.getFirstPropertyValue('url')).toBeNull();
    expect(new ICAL.Event(calendar.getAllSubcomponents('vevent')[0]).summary).toBe(shown);
  });

  it('never writes a control character but the line ends, whatever the field', () => {
    const nasty = `x\u0000\u0001\t\u000b\u000c\r\u000e\u001f\u007f\u0085\u009f\u2028\u2029${injected}`;
    const text = buildCalendar({ name: nasty, description: nasty, language: 'en', method: 'publish' }, [
      {
        ...base,
        uid: `agenda-item-2@samverkan${nasty}`,
        summary: nasty,
        description: nasty,
        location: nasty,
        url: `https://example.org/${nasty}`,
        categories: [nasty, '\r\n', 'Infrastruktur'],
      },
    ]);
    expect(text.split('\r\n').join('')).not.toMatch(/(?!\t)[\p{Cc}\u2028\u2029]/u);
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event.getFirstPropertyValue('uid')).toMatch(/^agenda-item-2@samverkan/);
    expect(event.getFirstPropertyValue('url')).toMatch(/^https:\/\/example\.org\//);
    expect(event.getFirstPropertyValue('url')).not.toMatch(/[\r\n]/);
    // Empty after cleaning: left out rather than written as an empty category.
    expect(event.getAllProperties('categories').flatMap((p) => p.getValues())).toHaveLength(2);
    expect(String(event.getFirstPropertyValue('location'))).not.toMatch(/[\r\n]/);
  });

  it('keeps an event description on several lines, the calendar description on one', () => {
    const description = 'Rad ett\r\nRad två\rEND:VCALENDAR\u0000\nRad;\tfyra';
    const text = buildCalendar({ name: 'K', description, language: 'sv' }, [{ ...base, description }]);
    const calendar = parse(text);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(calendarName(calendar, 'x-wr-caldesc')).toBe('Rad ett Rad två END:VCALENDAR Rad; fyra');
    expect(new ICAL.Event(calendar.getAllSubcomponents('vevent')[0]).description).toBe('Rad ett\nRad två\nEND:VCALENDAR\nRad;\tfyra');
  });
});
