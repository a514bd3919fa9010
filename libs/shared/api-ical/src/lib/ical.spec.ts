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

function events(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('buildCalendar', () => {
  it('writes Stockholm wall time with TZID and a VTIMEZONE, right on both sides of the spring change', () => {
    // 2031-03-30 is the last Sunday of March: 02:00 CET becomes 03:00 CEST.
    const text = buildCalendar({ name: 'Vårkonferensen', language: 'sv' }, [
      base,
      { ...base, uid: 'after@samverkan', start: new Date('2031-03-31T07:00:00Z'), end: new Date('2031-03-31T08:00:00Z') },
    ]);
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20310329T080000');
    expect(text).toContain('DTSTART;TZID=Europe/Stockholm:20310331T090000');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Stockholm\r\n/);
    expect(text).not.toContain('Europe/Berlin');
    expect(text).toContain('DTSTAMP:20310101T100000Z');
    expect(text).toContain('LAST-MODIFIED:20310101T100000Z');
    // ical.js resolves TZID through the VTIMEZONE rules.
    const component = new ICAL.Component(ICAL.parse(text));
    for (const tz of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const [first, second] = events(text).map((e) => new ICAL.Event(e));
    expect(first.startDate.toJSDate().toISOString()).toBe('2031-03-29T07:00:00.000Z');
    expect(second.startDate.toJSDate().toISOString()).toBe('2031-03-31T07:00:00.000Z');
  });

  it('writes all-day events over Stockholm dates with an exclusive end', () => {
    const text = buildCalendar({ name: 'K', language: 'sv' }, [
      // 23:30 UTC on the 11th is already the 12th in Stockholm.
      { ...base, allDay: true, start: new Date('2031-05-11T23:30:00Z'), end: new Date('2031-05-13T14:00:00Z') },
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20310512');
    expect(text).toContain('DTEND;VALUE=DATE:20310514');
  });

  it('folds long Swedish lines at 75 octets without breaking å, ä or ö', () => {
    const summary = 'Kompetensförsörjning, välfärd och näringsliv i små och medelstora kommuner – så går det till på riktigt i Åtvidaberg';
    const text = buildCalendar({ name: 'Äventyr', language: 'sv' }, [{ ...base, summary, description: 'Talare: Åsa Öberg, Ärla Ek' }]);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(events(text)[0]);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe('Talare: Åsa Öberg, Ärla Ek');
  });

  it('writes status, sequence, categories, location and URL', () => {
    const text = buildCalendar({ name: 'K', language: 'en', refreshSeconds: 3600, method: 'publish' }, [
      {
        ...base,
        status: 'cancelled',
        sequence: 4,
        categories: ['Kompetensförsörjning', 'Infrastruktur'],
        location: 'Sal A, Folkets hus, Storgatan 1',
        url: 'https://example.org/program/punkt/1',
      },
    ]);
    const [event] = events(text);
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('sequence')).toBe(4);
    expect(event.getAllProperties('categories').flatMap((p) => p.getValues())).toEqual(['Kompetensförsörjning', 'Infrastruktur']);
    expect(event.getFirstPropertyValue('location')).toBe('Sal A, Folkets hus, Storgatan 1');
    expect(event.getFirstPropertyValue('url')).toBe('https://example.org/program/punkt/1');
    expect(text).toContain('METHOD:PUBLISH');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
  });

  it('gives the same text for the same events (stable ETags), and another for a change', () => {
    const a = buildCalendar({ name: 'K', language: 'sv' }, [base]);
    expect(buildCalendar({ name: 'K', language: 'sv' }, [base])).toBe(a);
    expect(buildCalendar({ name: 'K', language: 'sv' }, [{ ...base, sequence: 1 }])).not.toBe(a);
  });
});
