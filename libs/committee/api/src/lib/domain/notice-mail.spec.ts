import type { MeetingResponse } from '@samverkan/committee/contract';
import { noticeMails } from './notice-mail';

const meeting = {
  id: 'm1',
  title: 'AU-möte 1',
  startsAt: '2031-02-10T13:00:00+01:00',
  endsAt: '2031-02-10T15:00:00+01:00',
  place: 'Finspång',
  videoLink: null,
  participants: [
    { userId: 'u1', name: 'Ada', email: 'ada@example.se', present: null },
    { userId: 'u2', name: 'Ulla', email: 'ulla@example.se', present: null },
  ],
  items: [{ title: 'Mötets öppnande' }, { title: 'Övriga frågor' }],
} as unknown as MeetingResponse;

describe('noticeMails', () => {
  it('calls every participant with the time, the place and the numbered agenda', () => {
    const mails = noticeMails(meeting);
    expect(mails.map((m) => m.to)).toEqual(['ada@example.se', 'ulla@example.se']);
    expect(mails[0]).toMatchObject({ subject: 'Kallelse: AU-möte 1', subjectRef: 'meeting:m1' });
    expect(mails[0].text).toContain('Hej Ada');
    expect(mails[0].text).toContain('Plats: Finspång');
    expect(mails[0].text).toContain('1. Mötets öppnande\n2. Övriga frågor');
    expect(mails[0].text).toMatch(/Tid: .*13[.:]00/);
  });

  it('leaves out the place when there is none', () => {
    expect(noticeMails({ ...meeting, place: null })[0].text).not.toContain('Plats:');
  });
});
