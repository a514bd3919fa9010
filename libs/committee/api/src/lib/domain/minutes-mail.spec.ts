import { minutesMails } from './minutes-mail';

describe('minutes mail', () => {
  const pdf = Buffer.from('%PDF-1.7 protokoll');
  const minutes = {
    meetingId: 'm1',
    title: 'AU-möte\r\nBcc: x@example.com',
    startsAt: new Date('2031-02-10T12:00:00Z'),
    fileName: 'protokoll-au-mote-2031-02-10.pdf',
    pdf,
  };

  it('writes one Swedish e-post per committee member with the PDF attached', () => {
    const mails = minutesMails(
      [
        { name: 'Ulla Utskott', email: 'ulla@example.se' },
        { name: 'Åsa Öberg', email: 'asa@example.se' },
      ],
      { ...minutes, title: 'AU-möte i Växjö' },
    );
    expect(mails.map((m) => m.to)).toEqual(['ulla@example.se', 'asa@example.se']);
    expect(mails[1].subject).toBe('Justerat protokoll: AU-möte i Växjö');
    expect(mails[1].text).toContain('Hej Åsa Öberg,');
    expect(mails[1].text).toContain('Protokollet från AU-möte i Växjö den 10 februari 2031 är justerat.');
    expect(mails[1].attachments).toEqual([
      { filename: 'protokoll-au-mote-2031-02-10.pdf', contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' },
    ]);
    expect(mails[1].subjectRef).toBe('meeting:m1');
  });

  it('keeps the subject on one line whatever the title holds', () => {
    const [mail] = minutesMails([{ name: 'Ulla', email: 'ulla@example.se' }], minutes);
    expect(mail.subject).toBe('Justerat protokoll: AU-möte Bcc: x@example.com');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('writes nothing when nobody is in the committee', () => {
    expect(minutesMails([], minutes)).toEqual([]);
  });
});
