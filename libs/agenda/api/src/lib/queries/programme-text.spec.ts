import { programmeText } from './programme-text';

describe('programmeText', () => {
  it('puts the version and its Stockholm time in front of the snapshot’s fields', () => {
    const text = programmeText(3, new Date('2031-04-14T07:00:00Z'), '{"conferenceId": "c1", "items": [], "rooms": []}');
    expect(JSON.parse(text)).toEqual({ version: 3, publishedAt: '2031-04-14T09:00:00+02:00', conferenceId: 'c1', items: [], rooms: [] });
    expect(text.startsWith('{"version":3,"publishedAt":"2031-04-14T09:00:00+02:00",')).toBe(true);
  });

  it('refuses a snapshot that is not an object with fields', () => {
    expect(() => programmeText(1, new Date(), '[]')).toThrow();
    expect(() => programmeText(1, new Date(), '{}')).toThrow();
  });
});
